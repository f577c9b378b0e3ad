import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'qa:isPublic';

/** Marks a route that needs no bearer token (health checks); everything else does. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
