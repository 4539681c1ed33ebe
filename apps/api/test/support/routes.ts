import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccessPolicy, policyOf } from '../../src/modules/identity/access/access-policy';

export interface RouteInfo {
  method: string;
  /** As Nest registers it, with the global prefix: /api/referrals/:id */
  path: string;
  controller: string;
  handler: string;
  /** The handler method itself (for its metadata). */
  handlerFn: object;
  policy: AccessPolicy | undefined;
}

function paths(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value ?? '/'];
  return list.map((p) => String(p).replace(/^\/+|\/+$/g, ''));
}

/** Every HTTP route of every controller Nest knows, with the policy the AccessGuard will read. */
export function nestRoutes(app: NestExpressApplication, prefix = 'api'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        for (const base of paths(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const sub of paths(Reflect.getMetadata(PATH_METADATA, handler))) {
            const path = `/${[prefix, base, sub].filter(Boolean).join('/')}`;
            routes.push({ method: RequestMethod[method], path, controller: controller.name, handler: name, handlerFn: handler, policy: policyOf(handler, controller) });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** Every route express itself holds (Nest's, and any added straight to express, like the API docs). */
export function expressRoutes(app: NestExpressApplication): { method: string; path: string }[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
  return express.router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => ({ method: m.toUpperCase(), path: layer.route!.path })));
}
