// The Easy Read pictures: 32 drawings, their descriptions in both languages, picture() and their styles.
export {
  DRAWINGS,
  PICTURE_DESCRIPTIONS,
  picture,
  pictured,
  easyPicture,
  pictureStyles,
} from '../../packages/core/src/pictures/index.js';
