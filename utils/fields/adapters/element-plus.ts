import { elementAdapter } from './element-common';

/** Element Plus (Vue 3): its inputs and selects sit in `__wrapper` boxes that Element UI does not have. */
export const elementPlus = elementAdapter(
  'element-plus',
  (doc) => !!doc.querySelector('.el-form-item .el-input__wrapper, .el-form-item .el-select__wrapper'),
);
