// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENUMS, enumKey } from '../ui/labels';
import { translations } from './resources';

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys with plural forms folded into their base key. */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const locales = { en: flatten(translations.en as Tree), 'zh-CN': flatten(translations['zh-CN'] as Tree) };
const srcDir = fileURLToPath(new URL('..', import.meta.url));
const sources = sourceFiles(srcDir).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const namespaces = new Set(Object.keys(translations.en));

/** Literal keys the code uses: t('a.b') calls, and 'ns.x' strings kept in lookup tables. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const match of text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) used.set(match[1] ?? '', file);
    for (const match of text.matchAll(/['"]([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)['"]/g)) {
      const key = match[1] ?? '';
      if (namespaces.has(key.split('.')[0] ?? '')) used.set(key, file);
    }
  }
  return used;
}

function hasKey(locale: Map<string, string>, key: string): boolean {
  return locale.has(key) || locale.has(`${key}_other`);
}

describe('translations', () => {
  it('finds the keys the code uses (the scan itself works)', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(150);
    expect(used.has('search.title')).toBe(true);
    expect(used.has('form.kindHint.technology_request')).toBe(true);
  });

  for (const [name, locale] of Object.entries(locales)) {
    it(`${name} has every key the code uses`, () => {
      const missing = [...usedKeys()].filter(([key]) => !hasKey(locale, key)).map(([key, file]) => `${key} (${file})`);
      expect(missing).toEqual([]);
    });

    it(`${name} labels every value of the closed enumerations`, () => {
      const missing = Object.entries(ENUMS).flatMap(([enumName, values]) =>
        values.map((v) => enumKey(enumName as keyof typeof ENUMS, v)).filter((key) => !hasKey(locale, key)),
      );
      expect(missing).toEqual([]);
    });

    it(`${name} has the keys built at run time (languages, IPC sections)`, () => {
      const dynamic = ['language.zh', 'language.en', ...'ABCDEFGH'.split('').map((s) => `ipc.section.${s}`)];
      expect(dynamic.filter((key) => !hasKey(locale, key))).toEqual([]);
    });

    it(`${name} has no empty text`, () => {
      expect([...locale].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });
  }

  it('both languages have the same keys, apart from plural forms', () => {
    const enKeys = baseKeys(locales.en.keys());
    const zhKeys = baseKeys(locales['zh-CN'].keys());
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('plural keys have every form each language needs (en: one and other; zh: other)', () => {
    const plurals = [...locales.en.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, ''));
    for (const base of new Set(plurals)) {
      expect(locales.en.has(`${base}_one`) && locales.en.has(`${base}_other`), `en ${base}`).toBe(true);
      expect(locales['zh-CN'].has(`${base}_other`), `zh-CN ${base}`).toBe(true);
    }
  });

  it('a text uses the same placeholders in both languages', () => {
    const mismatched: string[] = [];
    for (const [key, text] of locales.en) {
      const zhText = locales['zh-CN'].get(key) ?? locales['zh-CN'].get(key.replace(PLURAL_SUFFIX, '_other'));
      if (zhText !== undefined && variables(text).join() !== variables(zhText).join()) mismatched.push(key);
    }
    expect(mismatched).toEqual([]);
  });

  it('no UI text is hard-coded in JSX: no letters in JSX text or in labelling attributes', () => {
    const offenders: string[] = [];
    const labelling = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'okText', 'cancelText']);
    // The language switch names each language in its own script, by design; ITTC is the brand.
    const allowed = new Set(['中文', 'English', 'ITTC']);
    for (const { file, text } of sources.filter((s) => s.file.endsWith('.tsx'))) {
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node)) {
          const content = node.getText().trim();
          if (/[A-Za-z\u4e00-\u9fff]/.test(content) && !allowed.has(content)) offenders.push(`${file}: ${content}`);
        }
        if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
          const name = node.name.getText();
          if (labelling.has(name) && /[A-Za-z\u4e00-\u9fff]/.test(node.initializer.text)) {
            offenders.push(`${file}: ${name}="${node.initializer.text}"`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });
});
