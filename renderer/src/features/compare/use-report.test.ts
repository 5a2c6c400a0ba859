import { describe, expect, it } from 'vitest';
import { fileNameOf } from './use-report';

describe('the report names the library by its file name', () => {
  it('drops the folders, which hold the user’s name, on every platform', () => {
    expect(fileNameOf('/home/ana/.config/Chokepoint Planner/library.sqlite')).toBe('library.sqlite');
    expect(fileNameOf('C:\\Users\\ana\\AppData\\Roaming\\Chokepoint Planner\\library.sqlite')).toBe(
      'library.sqlite',
    );
    expect(fileNameOf('library.sqlite')).toBe('library.sqlite');
    expect(fileNameOf(undefined)).toBeUndefined();
    expect(fileNameOf('/')).toBeUndefined();
  });
});
