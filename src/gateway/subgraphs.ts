import { composeServices } from '@apollo/composition';
import { parse, printSchema, type GraphQLSchema } from 'graphql';
import type { SubgraphName } from '../config';
import type { Subgraph } from '../graphql/federation';
import { SUBGRAPHS } from '../subgraphs';

export function buildSubgraphByName(name: SubgraphName): Promise<Subgraph> {
  return SUBGRAPHS.find((subgraph) => subgraph.name === name)!.build();
}

/** The subgraphs, in composition order. */
export async function buildAllSubgraphs(): Promise<Subgraph[]> {
  return Promise.all(SUBGRAPHS.map((subgraph) => subgraph.build()));
}

export class CompositionError extends Error {}

/** Composes subgraph SDLs into the supergraph SDL (what the gateway or a router reads). */
export function composeSupergraph(subgraphs: { name: string; sdl: string; url?: string }[]): string {
  return compose(subgraphs).supergraphSdl;
}

/** The client-facing schema of the supergraph (no federation machinery): what codegen and clients see. */
export function apiSchemaSdl(subgraphs: { name: string; sdl: string; url?: string }[]): string {
  return printSchema(composedApiSchema(subgraphs));
}

/** The client-facing schema as graphql-js types, without resolvers. */
export function composedApiSchema(subgraphs: { name: string; sdl: string; url?: string }[]): GraphQLSchema {
  return compose(subgraphs).schema.toAPISchema().toGraphQLJSSchema();
}

function compose(subgraphs: { name: string; sdl: string; url?: string }[]) {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      typeDefs: parse(subgraph.sdl),
      url: subgraph.url ?? `http://localhost/${subgraph.name}`,
    })),
  );
  if (result.errors) {
    throw new CompositionError(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result;
}
