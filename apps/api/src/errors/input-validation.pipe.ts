import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { InputValidationError, type InvalidField } from './api-errors.js';

/**
 * Shape validation at the edge (class-validator on the dto/ classes). Unknown properties are
 * refused, not dropped, so a misspelt field is an error the client sees. A failure is an
 * InputValidationError naming every field and constraint, reported as BAD_USER_INPUT; nothing has
 * been dispatched at that point, so nothing is appended.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: (errors: ValidationError[]) => new InputValidationError(flatten(errors, '')),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      // A named argument (`input`) prefixes the paths; an @ArgsType's fields are arguments themselves.
      if (error instanceof InputValidationError && metadata.data) throw error.under(metadata.data);
      throw error;
    }
  }
}

export function flatten(errors: readonly ValidationError[], prefix: string): InvalidField[] {
  return errors.flatMap((error) => {
    const field = prefix === '' ? error.property : `${prefix}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, constraint, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
