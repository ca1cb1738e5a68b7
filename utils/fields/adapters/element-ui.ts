import { elementAdapter } from './element-common';

/** Element UI (Vue 2): form items whose inputs sit directly in `.el-input` (no Element Plus wrapper). */
export const elementUi = elementAdapter(
  'element-ui',
  (doc) => !!doc.querySelector('.el-form-item .el-input > .el-input__inner'),
);
