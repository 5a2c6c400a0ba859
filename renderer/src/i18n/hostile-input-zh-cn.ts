/**
 * Simplified Chinese for the reader's limits and encoding checks (issue 15): the file-format error
 * kinds added with them. The English texts are the file format's own templates.
 */
export const hostileInputFileFormatErrorsZhCN = {
  'wrong-encoding': '{file} 以 {encoding} 编码保存；请另存为 UTF-8（情景文件的编码）。',
  'invalid-utf8': '{file} 不是有效的 UTF-8 文本：偏移量 {offset} 处的字节不是 UTF-8 字符；请另存为 UTF-8。',
  'too-many-items': '{file} 在 {path}（第 {line} 行第 {column} 列）的列表中项目过多：最多允许 {limit} 项。',
  'too-many-keys': '{file} 在 {path}（第 {line} 行第 {column} 列）的对象中键过多：最多允许 {limit} 个。',
  'key-too-long': '{file} 在 {path}（第 {line} 行第 {column} 列）有一个超过 {limit} 个字符的键。',
  'string-too-long': '{file} 在 {path}（第 {line} 行第 {column} 列）有一段超过 {limit} 个字符的文本。',
  'too-complex': '{file} 过大或过于复杂，无法读取：读取时超出了允许的内存或时间。',
} as const;
