import type { FieldErrors } from '../forms/field-errors';
import type { ApplicationForm } from './application-form';

export interface ApplicationPartProps {
  form: ApplicationForm;
  onChange: (patch: Partial<ApplicationForm>) => void;
  errors: FieldErrors;
}
