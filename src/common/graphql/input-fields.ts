import { IsOptional, MaxLength } from 'class-validator';
import { Field } from 'type-graphql';

/**
 * An optional string field of an input, at most `maxLength` characters: the Field, IsOptional
 * and MaxLength decorators every such field carries, applied in the order TypeScript applies
 * them when written one above the other (the lowest first).
 */
export function OptionalText(maxLength: number, description: string): PropertyDecorator {
  const decorators = [MaxLength(maxLength), IsOptional(), Field({ nullable: true, description })];
  return (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };
}
