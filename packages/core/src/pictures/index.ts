// The drawings themselves (drawings.ts) are fetched with Easy Read's words: loadPictures().
export type { PictureName } from './drawings.js';
export { easyPicture, loadPictures, picture, pictured, picturesSettled, type EasyReadHost } from './picture.js';
export { pictureStyles } from './pictures.styles.js';
