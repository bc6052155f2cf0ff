import { Field, ID, InterfaceType } from 'type-graphql';
import { PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from './global-id';

/**
 * Base of every entity reachable through node(id:). The GraphQL type name is the class name,
 * which is also the type encoded in the opaque global ID.
 */
@InterfaceType('Node', {
  description: 'An object with an opaque, globally unique ID that node(id:) resolves.',
})
export abstract class Node {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, {
    name: 'id',
    description: 'Opaque global ID of this object. Pass it to node(id:) to fetch the object again.',
  })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
