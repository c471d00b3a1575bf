export { DRAWINGS, PICTURE_NAMES, type PictureName } from './drawings.js';
export { easyPicture, picture, pictured, type EasyReadHost } from './picture.js';
export { pictureStyles } from './pictures.styles.js';
