import { validate, ValidationError } from 'class-validator';
import { ClassType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { BadUserInputError } from './errors';

export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  INVALID_URL = 'INVALID_URL',
  INVALID_DATE = 'INVALID_DATE',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
  IN_USE = 'IN_USE',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was refused.',
  valuesConfig: {
    INVALID: { description: 'The value breaks a rule, e.g. an end before its start.' },
    REQUIRED: { description: 'A required value is missing.' },
    TOO_LONG: { description: 'A string is longer than allowed.' },
    INVALID_URL: { description: 'Not an http(s) URL.' },
    INVALID_DATE: {
      description:
        'Not a date of the form YYYY, YYYY-MM or YYYY-MM-DD, or a day on a date of month precision.',
    },
    NOT_FOUND: {
      description: 'A reference names nothing: an unknown country code, sector, ID or key.',
    },
    DUPLICATE: {
      description: 'The record already exists (natural key, or a likely duplicate meeting).',
    },
    CONFLICT: {
      description: 'The record changed since the given version was read; read it again.',
    },
    IN_USE: { description: 'The record cannot be deleted while other records refer to it.' },
  },
});

@ObjectType({ description: 'A problem with the input of a mutation. Nothing was written.' })
export class UserError {
  @Field(() => [String], {
    description:
      'Path to the offending input field, e.g. ["input", "participants", "0", "person"].',
  })
  field!: string[];

  @Field({ description: 'What is wrong, for people.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'What is wrong, for programs.' })
  code!: UserErrorCode;

  @Field(() => ID, {
    nullable: true,
    description: 'For DUPLICATE and CONFLICT: global ID of the existing record.',
  })
  existingId?: string | null;
}

export function userError(
  field: string | (string | number)[],
  message: string,
  code: UserErrorCode = UserErrorCode.INVALID,
  existingId?: string,
): UserError {
  const path = (Array.isArray(field) ? field : field.split('.')).map(String);
  return { field: path, message, code, existingId: existingId ?? null };
}

/** Thrown inside a mutation's transaction to roll it back and answer with userErrors. */
export class UserErrorsException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
    this.name = 'UserErrorsException';
  }
}

export function fail(
  field: string | (string | number)[],
  message: string,
  code: UserErrorCode = UserErrorCode.INVALID,
  existingId?: string,
): never {
  throw new UserErrorsException([userError(field, message, code, existingId)]);
}

const CONSTRAINT_CODES: Record<string, UserErrorCode> = {
  maxLength: UserErrorCode.TOO_LONG,
  isUrl: UserErrorCode.INVALID_URL,
  isNotEmpty: UserErrorCode.REQUIRED,
  isDefined: UserErrorCode.REQUIRED,
};

/** class-validator problems as userErrors, each naming its field path under `prefix`. */
export function fromValidationErrors(errors: ValidationError[], prefix: string[]): UserError[] {
  return errors.flatMap((error) => {
    const field = [...prefix, error.property];
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) =>
      userError(field, message, CONSTRAINT_CODES[name] ?? UserErrorCode.INVALID),
    );
    return [...own, ...fromValidationErrors(error.children ?? [], field)];
  });
}

/** Validates a mutation input (type-graphql hands resolvers class instances). */
export async function validateInput(input: object, prefix = ['input']): Promise<UserError[]> {
  const errors = await validate(input, { forbidUnknownValues: false });
  return fromValidationErrors(errors, prefix);
}

/** Throws every class-validator problem of `input` as userErrors. */
export async function assertValid(input: object, prefix = ['input']): Promise<void> {
  const problems = await validateInput(input, prefix);
  if (problems.length) throw new UserErrorsException(problems);
}

/** Field names for constraints, so a database refusal still names the input field. */
const CONSTRAINT_FIELDS: Record<string, { field: string; message: string }> = {
  CHK_meeting_dates: { field: 'end', message: 'must not be before the start' },
  CHK_participant_who: { field: 'person', message: 'needs a person or a description' },
  CHK_bilateral_relation_order: { field: 'parties', message: 'must be two different parties' },
  UQ_participant_meeting_person: { field: 'person', message: 'already takes part in the meeting' },
};

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  column?: string;
  table?: string;
}

/**
 * Maps a PostgreSQL constraint violation to a userError with no SQL in it; returns undefined
 * for anything else (which then stays a masked server fault).
 */
export function fromDatabaseError(
  error: unknown,
  prefix: string[] = ['input'],
): UserError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const pg = (error as QueryFailedError & { driverError?: PgError }).driverError ?? {};
  const known = pg.constraint ? CONSTRAINT_FIELDS[pg.constraint] : undefined;
  // "Key (url)=(https://…) already exists." names the column but never any SQL.
  const column = /^Key \(([^)]+)\)/
    .exec(pg.detail ?? '')?.[1]
    ?.split(',')[0]
    ?.trim();
  const field = [...prefix, known?.field ?? camel(column ?? pg.column ?? '') ?? ''].filter(Boolean);
  switch (pg.code) {
    case '23505':
      return userError(
        field,
        known?.message ?? `a record with this ${column ?? 'key'} already exists`,
        UserErrorCode.DUPLICATE,
      );
    case '23001': // restrict_violation (ON DELETE RESTRICT); deleteRow answers IN_USE itself
      return userError(prefix, 'other records still refer to this record', UserErrorCode.IN_USE);
    case '23503':
      return userError(field, 'refers to a record that does not exist', UserErrorCode.NOT_FOUND);
    case '23514':
      return userError(
        field,
        known?.message ?? 'breaks a rule of the data model',
        UserErrorCode.INVALID,
      );
    case '23502':
      return userError(field, 'is required', UserErrorCode.REQUIRED);
    case '22001':
      return userError(field, 'is too long', UserErrorCode.TOO_LONG);
    case '22007':
    case '22008':
      return userError(field, 'is not a valid date', UserErrorCode.INVALID_DATE);
    default:
      return undefined;
  }
}

function camel(column: string): string | undefined {
  if (!column) return undefined;
  return column.replace(/_id$/, '').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Payload shape every mutation answers with. */
export interface WithUserErrors {
  userErrors: UserError[];
}

/**
 * Runs a mutation body: a UserErrorsException or a constraint violation becomes
 * `{ userErrors }` (the transaction has already rolled back); anything else propagates.
 */
export async function asPayload<T extends object>(
  body: () => Promise<T>,
): Promise<T & WithUserErrors> {
  try {
    return { ...(await body()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorsException) return { userErrors: error.errors } as never;
    if (error instanceof BadUserInputError) {
      const field = String(error.extensions.field ?? 'input');
      return {
        userErrors: [userError(field, error.message, UserErrorCode[error.reason])],
      } as never;
    }
    const mapped = fromDatabaseError(error);
    if (mapped) return { userErrors: [mapped] } as never;
    throw error;
  }
}

/**
 * `<Name>Payload { <field>: T, userErrors }`: the result of a mutation. The record is null when
 * userErrors is not empty. Resolvers return `{ result, userErrors }`.
 */
export function PayloadType<T extends object>(
  nodeType: ClassType<T>,
  name: string,
  field: string,
  description: string,
): ClassType<{ result?: T | null; userErrors: UserError[] }> {
  @ObjectType(`${name}Payload`, { description })
  class Payload {
    @Field(() => nodeType, {
      name: field,
      nullable: true,
      description: 'The record; null when the input was refused.',
    })
    result?: T | null;

    @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
    userErrors!: UserError[];
  }
  return Payload;
}

@ObjectType({ description: 'Result of a delete mutation.' })
export class DeletePayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted record.' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
