import { readFileSync } from 'node:fs';

export interface BicepParameter {
  name: string;
  type: string;
  hasDefault: boolean;
  secure: boolean;
}

export interface BicepTemplate {
  text: string;
  parameters: BicepParameter[];
  variables: string[];
  /** Symbolic name → resource type with API version (`Microsoft.Web/sites@2023-12-01`). */
  resources: Record<string, string>;
  outputs: string[];
  /** App settings of the web app: name → the Bicep expression of its value. */
  appSettings: Record<string, string>;
}

/**
 * A structural reading of a Bicep file, enough to check it without the Bicep compiler (which
 * cannot run here): declarations, outputs and the web app's settings. Comments are dropped first.
 */
export function parseBicep(source: string): BicepTemplate {
  const text = source
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, ''))
    .join('\n');
  // Decorators sit on the lines just above a parameter, after the blank line that ends the one before.
  const parameters = [...text.matchAll(/^param\s+(\w+)\s+(\w+)(\s*=)?/gm)].map((match) => {
    const before = text.slice(0, match.index);
    const decorators = before.slice(before.lastIndexOf('\n\n') + 1);
    return { name: match[1] ?? '', type: match[2] ?? '', hasDefault: Boolean(match[3]), secure: /@secure\(\)/.test(decorators) };
  });
  const variables = [...text.matchAll(/^var\s+(\w+)\s*=/gm)].map((match) => match[1] ?? '');
  const resources = Object.fromEntries([...text.matchAll(/^resource\s+(\w+)\s+'([^']+)'/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));
  const outputs = [...text.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((match) => match[1] ?? '');
  const appSettings = Object.fromEntries([...text.matchAll(/\{\s*name:\s*'([A-Z0-9_]+)'\s*,\s*value:\s*(.+?)\s*\}\s*$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));
  return { text, parameters, variables, resources, outputs, appSettings };
}

export function readBicepTemplate(file: string): BicepTemplate {
  return parseBicep(readFileSync(file, 'utf8'));
}

/** Declared names (parameters and variables) that are never used after their declaration. */
export function findUnusedDeclarations(template: BicepTemplate): string[] {
  return [...template.parameters.map((parameter) => parameter.name), ...template.variables].filter((name) => {
    const uses = template.text.match(new RegExp(`(?<![\\w.'])${name}(?!\\w)`, 'g')) ?? [];
    return uses.length < 2;
  });
}

/** Brackets, braces and parentheses that do not pair up (outside strings): a typo the compiler would catch. */
export function findUnbalancedBrackets(template: BicepTemplate): string[] {
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let inString = false;
  for (let index = 0; index < template.text.length; index += 1) {
    const character = template.text[index] ?? '';
    if (character === "'" && template.text[index - 1] !== '\\') inString = !inString;
    if (inString) continue;
    if ('([{'.includes(character)) stack.push(character);
    else if (character in pairs && stack.pop() !== pairs[character]) return [`unexpected "${character}" at offset ${index}`];
  }
  return stack.length > 0 ? [`unclosed ${stack.join('')}`] : [];
}
