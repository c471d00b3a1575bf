// The Easy Read pictures: 32 drawings, picture() and their styles (their descriptions are Easy Read strings, loaded with them).
export { DRAWINGS, picture, pictured, easyPicture, pictureStyles } from '../../packages/core/src/pictures/index.js';
