import type { Catalogue } from './catalogue-shape';
import type { modelVersionEn } from './model-version-en';

/** 关于情景编写时所用模型版本的简体中文文本，并入 zh-cn.ts 的 `modelVersion` 键下。 */
export const modelVersionZhCN: Catalogue<typeof modelVersionEn> = {
  authoredUnder:
    '{file} 是在模型版本 {version} 下编写的；本应用运行模型版本 {current}，因此结果与作者的不同。`chokepoint run FILE --model {version}` 可复现作者的结果。',
};
