import { ImageContract } from "../core/image-contract";

/** Where the API container gets its writable scratch space. */
export const API_TMP_DIR = "/tmp";

/**
 * The run-time contract of the MeshOptixIQ API container on a read-only root filesystem. The image
 * is the user's (`SecureMeshApiProps.image`), so the contract matches the container by name.
 *
 * This is an assumption of the library, not a documented property of the image: no writable path
 * of the API image is documented, so the only one provided is the temporary directory, `$TMPDIR`,
 * default `/tmp` (the Python runtime's `tempfile.gettempdir`). An API release that writes elsewhere
 * needs an entry here and a volume in SecureMeshApi.
 */
export const API_CONTRACT: ImageContract = {
  id: "meshoptixiq-api",
  description: "The MeshOptixIQ API container of SecureMeshApi",
  containerName: "api",
  writes: [{ env: "TMPDIR", envDefault: API_TMP_DIR, why: "temporary files (Python tempfile: $TMPDIR, default /tmp)" }],
  sources: [
    "assumption: no other writable path of the API image is documented",
    "docs.python.org/3/library/tempfile.html#tempfile.gettempdir",
  ],
};

/** Every contract of the API side. */
export const API_IMAGE_CONTRACTS: readonly ImageContract[] = [API_CONTRACT];
