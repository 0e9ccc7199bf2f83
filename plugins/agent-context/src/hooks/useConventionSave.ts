import { useState } from 'react';
import {
  ConventionConflictError,
  ConventionInput,
} from '@agent-context/plugin-agent-context-common';
import { errorMessageOf } from '../conventions/errorMessageOf';
import { ConventionWrites } from './useConventionWrites';

/**
 * What a dialog that saves one convention needs to know about its save.
 */
export interface ConventionSave {
  saving: boolean;
  /** Someone else saved first; the dialog keeps the user's text. */
  conflict?: ConventionConflictError;
  /** Any other refusal, as the backend worded it. */
  saveError?: string;
  /**
   * Creates the convention when there is no base revision, else updates
   * it as of that revision; closes the dialog when that worked.
   */
  save(input: ConventionInput, baseRevision: number | undefined): Promise<void>;
  /** Forgets the conflict once the user has chosen what to do about it. */
  clearConflict(): void;
}

/**
 * Saves a convention from a dialog: a stale revision becomes `conflict`
 * (never a silent overwrite), anything else `saveError`, and success
 * closes the dialog.
 */
export function useConventionSave(
  writes: Pick<ConventionWrites, 'create' | 'update'>,
  onSaved: () => void,
): ConventionSave {
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ConventionConflictError>();
  const [saveError, setSaveError] = useState<string>();

  const save = async (
    input: ConventionInput,
    baseRevision: number | undefined,
  ) => {
    setSaveError(undefined);
    setSaving(true);
    try {
      if (baseRevision === undefined) {
        await writes.create(input);
      } else {
        await writes.update({ ...input, revision: baseRevision });
      }
      onSaved();
    } catch (error) {
      if (error instanceof ConventionConflictError) {
        setConflict(error);
      } else {
        setSaveError(errorMessageOf(error));
      }
      setSaving(false);
    }
  };

  return {
    saving,
    conflict,
    saveError,
    save,
    clearConflict: () => setConflict(undefined),
  };
}
