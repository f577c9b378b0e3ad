import { Global, Module } from '@nestjs/common';
import { ActorResolver } from './actor-resolver.js';

/**
 * Who is asking: the ActorResolver, global so that both the GraphQL context (built in
 * GraphQLModule.forRootAsync) and the bearer guard use the same one.
 */
@Global()
@Module({ providers: [ActorResolver], exports: [ActorResolver] })
export class AuthModule {}
