import { OtlpAnyValue, OtlpKeyValue } from './otlpMessages';

/** An attribute as the mapping reads it. */
export type OtlpAttributeValue = string | number | boolean;

/** Attributes by key, the last of a repeated key winning. */
export type OtlpAttributes = Record<string, OtlpAttributeValue>;

function scalarOf(value: OtlpAnyValue | undefined): OtlpAttributeValue {
  if (value === undefined) {
    return '';
  }
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.bytesValue !== undefined) return value.bytesValue;
  // Arrays and maps are never attribution keys; they only need a stable
  // form for the series key.
  if (value.arrayValue) {
    return JSON.stringify((value.arrayValue.values ?? []).map(scalarOf));
  }
  if (value.kvlistValue) {
    return JSON.stringify(attributesOf(value.kvlistValue.values));
  }
  return '';
}

/** Flattens OTLP key-values into a record. */
export function attributesOf(keyValues?: OtlpKeyValue[]): OtlpAttributes {
  const attributes: OtlpAttributes = {};
  for (const { key, value } of keyValues ?? []) {
    if (key) {
      attributes[key] = scalarOf(value);
    }
  }
  return attributes;
}

/** A non-empty string attribute, or undefined. */
export function stringAttribute(
  attributes: OtlpAttributes,
  ...keys: string[]
): string | undefined {
  for (const key of keys) {
    const value = attributes[key];
    if (value !== undefined && value !== '') {
      return String(value);
    }
  }
  return undefined;
}

/** A finite number attribute (numbers sent as strings included), or undefined. */
export function numberAttribute(
  attributes: OtlpAttributes,
  key: string,
): number | undefined {
  const value = attributes[key];
  if (value === undefined || value === '' || typeof value === 'boolean') {
    return undefined;
  }
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
