/** The data controls of §12.6: Neo4j, encryption at rest, PostgreSQL, database credentials. */
import { Control } from "../../model";
import { dbCredentialRotation } from "./credentials";
import { encryptedAtRest, encryptedClaims } from "./encryption";
import { neo4jAuthTls, neo4jReachability } from "./neo4j";
import { postgresTls } from "./postgres";

export { dbCredentialRotation } from "./credentials";
export { encryptedAtRest, encryptedClaims } from "./encryption";
export { neo4jAuthTls, neo4jReachability } from "./neo4j";
export { postgresTls } from "./postgres";

/** The data controls, in the catalogue's order. */
export const DATA_CONTROLS: Control[] = [
  neo4jAuthTls,
  neo4jReachability,
  encryptedAtRest,
  postgresTls,
  dbCredentialRotation,
  encryptedClaims,
];
