/** The main process's own words (menus, dialogs, errors): the page's are in renderer/src/i18n. */
export interface MainMessages {
  /** The language these are in, for the services' own words (a refused save, a disk error). */
  readonly locale: 'en' | 'zh-CN';
  readonly file: string;
  readonly newScenario: string;
  readonly open: string;
  readonly openRecent: string;
  readonly noRecent: string;
  readonly import: string;
  readonly export: string;
  readonly exportPdf: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly view: string;
  readonly presentation: string;
  readonly language: string;
  readonly theme: string;
  readonly themeSystem: string;
  readonly themeLight: string;
  readonly themeDark: string;
  readonly help: string;
  readonly modelAndSources: string;
  readonly about: string;
  readonly scenarioFiles: string;
  readonly fileTooLarge: (file: string, limitMb: number) => string;
  readonly cannotRead: (file: string, reason: string) => string;
  readonly libraryFailed: (reason: string) => string;
}

const en: MainMessages = {
  locale: 'en',
  file: 'File',
  newScenario: 'New Scenario',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent files',
  import: 'Import…',
  export: 'Export…',
  exportPdf: 'Export Report (PDF)…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  view: 'View',
  presentation: 'Presentation Mode',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'Follow System',
  themeLight: 'Light',
  themeDark: 'Dark',
  help: 'Help',
  modelAndSources: 'Model and Sources',
  about: 'About Chokepoint Planner',
  scenarioFiles: 'Chokepoint scenarios',
  fileTooLarge: (file, limit) => `${file} is larger than ${limit} MB and was not opened.`,
  cannotRead: (file, reason) => `${file} could not be read (${reason}).`,
  libraryFailed: (reason) => `The scenario library could not be opened: ${reason}`,
};

const zh: MainMessages = {
  locale: 'zh-CN',
  file: '文件',
  newScenario: '新建情景',
  open: '打开…',
  openRecent: '最近打开',
  noRecent: '没有最近的文件',
  import: '导入…',
  export: '导出…',
  exportPdf: '导出报告（PDF）…',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  view: '视图',
  presentation: '演示模式',
  language: '语言',
  theme: '主题',
  themeSystem: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  help: '帮助',
  modelAndSources: '模型与来源',
  about: '关于 Chokepoint Planner',
  scenarioFiles: 'Chokepoint 情景文件',
  fileTooLarge: (file, limit) => `${file} 超过 ${limit} MB，未打开。`,
  cannotRead: (file, reason) => `无法读取 ${file}（${reason}）。`,
  libraryFailed: (reason) => `无法打开情景库：${reason}`,
};

export const MAIN_MESSAGES: Readonly<Record<'en' | 'zh-CN', MainMessages>> = { en, 'zh-CN': zh };
