import { describe, expect, it } from 'vitest';
import { createEditGroups } from './edit-groups';

describe('edit groups (undo steps)', () => {
  function setup() {
    let time = 0;
    const groups = createEditGroups(600, () => time);
    const recorded: string[] = [];
    const handleSet = groups.handleSet<{ v: string }>(((state: { v: string }) =>
      recorded.push(state.v)) as never);
    const edit = (group: string | undefined, v: string, at: number) => {
      time = at;
      groups.within(group, () => handleSet({ v } as never, undefined as never));
    };
    return { groups, recorded, edit };
  }

  it('records one step for a burst of edits in one group (a drag)', () => {
    const { recorded, edit } = setup();
    edit('cell:IC:restriction', 'a', 0);
    edit('cell:IC:restriction', 'b', 100);
    edit('cell:IC:restriction', 'c', 650);
    expect(recorded).toEqual(['a']);
  });

  it('starts a new step after a pause, in another group, or for an ungrouped edit', () => {
    const { recorded, edit } = setup();
    edit('cell:IC:restriction', 'a', 0);
    edit('cell:IC:restriction', 'b', 1000);
    edit('cell:SME:restriction', 'c', 1100);
    edit(undefined, 'd', 1150);
    edit(undefined, 'e', 1160);
    expect(recorded).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('starts a new step after reset (an undo in between)', () => {
    const { groups, recorded, edit } = setup();
    edit('g', 'a', 0);
    groups.reset();
    edit('g', 'b', 10);
    expect(recorded).toEqual(['a', 'b']);
  });
});
