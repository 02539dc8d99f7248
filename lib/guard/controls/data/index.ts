/** The data controls of §12.6: Neo4j, encryption at rest, PostgreSQL, database credentials. */
import { Control } from "../../model";
import { dbCredentialRotation } from "./credentials";
import { encryptedAtRest, encryptedClaims } from "./encryption";
import { neo4jAuthTls, neo4jReachability } from "./neo4j";
import { postgresTls } from "./postgres";
import { postgresAppUser } from "./postgres-user";

export { dbCredentialRotation } from "./credentials";
export { encryptedAtRest, encryptedClaims } from "./encryption";
export { neo4jAuthTls, neo4jReachability } from "./neo4j";
export { postgresTls } from "./postgres";
export { postgresAppUser } from "./postgres-user";

/** The data controls, in the catalogue's order. */
export const DATA_CONTROLS: Control[] = [
  neo4jAuthTls,
  neo4jReachability,
  encryptedAtRest,
  postgresTls,
  dbCredentialRotation,
  encryptedClaims,
  postgresAppUser,
];
