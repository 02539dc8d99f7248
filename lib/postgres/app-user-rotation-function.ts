import { Construct } from "constructs";
import { POSTGRES_APP_USER_ROTATION_HANDLER } from "../secrets/rotation-bundle";
import { RotationFunction, RotationFunctionProps, RotationVpcProps } from "../secrets/rotation-function";

/** Properties of {@link PostgresAppUserRotationFunction}. */
export interface PostgresAppUserRotationFunctionProps extends Omit<
  RotationFunctionProps,
  "handlerModule" | "rotates" | "component" | "timeoutSeconds" | "owner" | "vpc"
> {
  /** Where the function runs: subnets from which the database and the Secrets Manager API are reachable. */
  readonly vpc: RotationVpcProps;
}

/**
 * The hardened rotation Lambda ({@link RotationFunction}) with the PostgreSQL application user's
 * handler (lib/postgres/rotation/handler.ts): in the VPC, since it connects to the database as the
 * master user to create and rotate the application's login roles. Read of the master user secret
 * is granted by the database construct (`masterSecret.grantRead`); nothing else of RDS.
 *
 * The secret's key and resource policies must admit `role` as a writer (ManagedSecret.addRotator).
 */
export class PostgresAppUserRotationFunction extends RotationFunction {
  constructor(scope: Construct, id: string, props: PostgresAppUserRotationFunctionProps) {
    super(scope, id, {
      ...props,
      handlerModule: POSTGRES_APP_USER_ROTATION_HANDLER,
      rotates: "the password of the API's PostgreSQL login roles (least-privilege application role, alternating users)",
      component: "postgres-app-user-rotation",
      owner: "EncryptedPostgres",
      // two sessions with TLS and SCRAM, a handful of statements
      timeoutSeconds: 60,
    });
  }
}
