import type { FieldErrors } from '../forms/field-errors';
import type { ProgrammeForm } from './programme-form';

/** What every part of the programme editor receives: the form, a way to change it, its errors. */
export interface EditorPartProps {
  form: ProgrammeForm;
  onChange: (patch: Partial<ProgrammeForm>) => void;
  errors: FieldErrors;
}
