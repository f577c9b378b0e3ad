import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** Limits that keep one request from filling the store; generous for the form's free text. */
export const SHORT_TEXT = 200;
export const LONG_TEXT = 20_000;

/** An identifier or short value: a non-empty string of at most 200 characters. */
export const IsShortText = (options: { each?: boolean } = {}): PropertyDecorator =>
  applyDecorators(IsString(options), IsNotEmpty(options), MaxLength(SHORT_TEXT, options));

/** Free text of the form (evaluations, rationale, comments). Emptiness is a domain rule, not shape. */
export const IsLongText = (): PropertyDecorator => applyDecorators(IsString(), MaxLength(LONG_TEXT));

/** A calendar date YYYY-MM-DD that exists (2025-02-30 is refused). */
export const IsCalendarDate = (): PropertyDecorator =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date in the form YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
  );
