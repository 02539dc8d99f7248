// A Vault server in one process: Vault's own core and HTTP handler, in-memory
// storage, Shamir seal (initialised and unsealed at start), TLS with a
// throwaway CA, KV v2 and Kubernetes auth as the only plugins.
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"flag"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	log "github.com/hashicorp/go-hclog"
	credKube "github.com/hashicorp/vault-plugin-auth-kubernetes"
	kv "github.com/hashicorp/vault-plugin-secrets-kv"
	vaulthttp "github.com/hashicorp/vault/http"
	"github.com/hashicorp/vault/internalshared/configutil"
	"github.com/hashicorp/vault/sdk/logical"
	"github.com/hashicorp/vault/sdk/physical/inmem"
	"github.com/hashicorp/vault/vault"
)

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "vault-dev:", err)
		os.Exit(1)
	}
}

func writePEM(path, kind string, der []byte) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	must(err)
	must(pem.Encode(f, &pem.Block{Type: kind, Bytes: der}))
	must(f.Close())
}

// tlsConfig makes a CA and a serving certificate for 127.0.0.1 and localhost,
// and writes the CA to dir/ca.pem.
func tlsConfig(dir string) *tls.Config {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	must(err)
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "vault-dev-ca"},
		NotBefore: time.Now().Add(-time.Minute), NotAfter: time.Now().Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	must(err)
	ca, err := x509.ParseCertificate(caDER)
	must(err)
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	must(err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "vault"},
		NotBefore: time.Now().Add(-time.Minute), NotAfter: time.Now().Add(24 * time.Hour),
		DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	must(err)
	writePEM(filepath.Join(dir, "ca.pem"), "CERTIFICATE", caDER)
	return &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}
}

func main() {
	dir := flag.String("state", "", "folder for ca.pem and root-token (created, mode 0700)")
	addr := flag.String("listen", "127.0.0.1:0", "listen address")
	flag.Parse()
	if *dir == "" {
		must(fmt.Errorf("-state is required"))
	}
	must(os.MkdirAll(*dir, 0o700))

	logger := log.New(&log.LoggerOptions{Name: "vault", Level: log.Warn, Output: os.Stderr})
	phys, err := inmem.NewInmem(nil, logger)
	must(err)
	core, err := vault.NewCore(&vault.CoreConfig{
		Physical:           phys,
		Logger:             logger,
		DisableMlock:       true,
		LogicalBackends:    map[string]logical.Factory{"kv": kv.Factory},
		CredentialBackends: map[string]logical.Factory{"kubernetes": credKube.Factory},
		BuiltinRegistry:    emptyRegistry{},
	})
	must(err)
	ctx := context.Background()
	res, err := core.Initialize(ctx, &vault.InitParams{
		BarrierConfig:  &vault.SealConfig{Type: "shamir", SecretShares: 1, SecretThreshold: 1},
		RecoveryConfig: nil,
	})
	must(err)
	_, err = core.Unseal(res.SecretShares[0])
	must(err)
	for i := 0; i < 100 && core.Sealed(); i++ {
		time.Sleep(50 * time.Millisecond)
	}
	for i := 0; i < 200; i++ {
		if standby, _ := core.Standby(); !standby {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}

	ln, err := net.Listen("tcp", *addr)
	must(err)
	handler := vaulthttp.Handler.Handler(&vault.HandlerProperties{Core: core, ListenerConfig: &configutil.Listener{}})
	srv := &http.Server{Handler: handler, TLSConfig: tlsConfig(*dir), ReadHeaderTimeout: 10 * time.Second}
	tokenPath := filepath.Join(*dir, "root-token")
	must(os.WriteFile(tokenPath, []byte(res.RootToken), 0o600))
	go func() { _ = srv.ServeTLS(ln, "", "") }()

	info, _ := json.Marshal(map[string]string{
		"address": "https://" + ln.Addr().String(), "caFile": filepath.Join(*dir, "ca.pem"), "rootTokenFile": tokenPath,
	})
	fmt.Println(string(info))

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	<-sig
	_ = srv.Close()
	_ = core.Shutdown()
}
