import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
@Injectable() class A { v = 1; }
@Injectable() class B { constructor(readonly a: A) {} }
@Module({ providers: [A, B] }) class M {}
it('boots', async () => {
  const app = await NestFactory.createApplicationContext(M, { logger: false });
  expect(app.get(B).a.v).toBe(1);
  await app.close();
});
