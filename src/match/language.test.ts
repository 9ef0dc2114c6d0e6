import { describe, expect, it } from 'vitest';
import { detectLanguage, scriptRuns } from './language.js';

describe('language detection', () => {
  it('tells Chinese, English and mixed text apart', () => {
    expect(detectLanguage('锂离子电池回收技术')).toBe('zh');
    expect(detectLanguage('Lithium-ion battery recycling')).toBe('en');
    expect(detectLanguage('我们需要 deep learning model for image recognition 技术')).toBe('mixed');
  });

  it('counts a formula inside Chinese text as Chinese', () => {
    expect(detectLanguage('磷酸铁锂LiFePO4正极材料')).toBe('zh');
  });

  it('treats text without letters as English', () => {
    expect(detectLanguage('12345 !!')).toBe('en');
  });

  it('splits text into Han and other runs with offsets', () => {
    expect(scriptRuns('AB电池C')).toEqual([
      { han: false, start: 0, end: 2 },
      { han: true, start: 2, end: 4 },
      { han: false, start: 4, end: 5 },
    ]);
  });
});
