import { Construct } from "constructs";
import { CACHE_PASSWORD_ROTATION_HANDLER } from "../secrets/rotation-bundle";
import { RotationFunction, RotationFunctionProps } from "../secrets/rotation-function";

/** Properties of {@link CachePasswordRotationFunction}. */
export interface CachePasswordRotationFunctionProps extends Omit<
  RotationFunctionProps,
  "handlerModule" | "rotates" | "component" | "timeoutSeconds" | "extraStatements" | "owner"
> {
  /** ARN of the cache user whose passwords it sets (the only user it may modify). */
  readonly userArn: string;
  /** ARN of the user group it checks the user's membership in. */
  readonly userGroupArn: string;
}

/**
 * The hardened rotation Lambda ({@link RotationFunction}) with the cache's handler: it may also
 * describe and modify one ElastiCache user (its access string and passwords) and describe its
 * user group; nothing else of ElastiCache.
 *
 * The secret's key and resource policies must admit `role` as a writer (ManagedSecret.addWriter).
 */
export class CachePasswordRotationFunction extends RotationFunction {
  constructor(scope: Construct, id: string, props: CachePasswordRotationFunctionProps) {
    super(scope, id, {
      ...props,
      handlerModule: CACHE_PASSWORD_ROTATION_HANDLER,
      rotates: "the password of the API user of a MeshOptixIQ cache (ElastiCache RBAC, two-password overlap)",
      component: "cache-password-rotation",
      owner: "EncryptedRedis",
      // A step waits for ElastiCache to apply a user change (minutes).
      timeoutSeconds: 900,
      extraStatements: [
        {
          Sid: "SetThisUsersPasswords",
          Effect: "Allow",
          Action: ["elasticache:DescribeUsers", "elasticache:ModifyUser"],
          Resource: props.userArn,
        },
        {
          Sid: "ReadItsUserGroup",
          Effect: "Allow",
          Action: ["elasticache:DescribeUserGroups"],
          Resource: props.userGroupArn,
        },
      ],
    });
  }
}
