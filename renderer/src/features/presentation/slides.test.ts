import { describe, expect, it } from 'vitest';
import { moveSlide, slideMove } from './slides';

const COUNT = 7;

const key = (name: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('presentation keys', () => {
  it('moves with arrows, Page Up/Down (clickers), Space, Home and End, and leaves with Escape', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((name) => slideMove(key(name)))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((name) => slideMove(key(name)))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect([slideMove(key('Home')), slideMove(key('End')), slideMove(key('Escape'))]).toEqual([
      'first',
      'last',
      'leave',
    ]);
    expect(slideMove(key('a'))).toBeNull();
    expect(slideMove(key('ArrowRight', { altKey: true }))).toBeNull();
  });

  it('stays within the deck', () => {
    expect(moveSlide(0, 'previous', COUNT)).toBe(0);
    expect(moveSlide(COUNT - 1, 'next', COUNT)).toBe(COUNT - 1);
    expect(moveSlide(2, 'first', COUNT)).toBe(0);
    expect(moveSlide(0, 'last', COUNT)).toBe(COUNT - 1);
    expect(moveSlide(1, 'next', COUNT)).toBe(2);
  });
});
