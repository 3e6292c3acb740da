/**
 * Where signatures are made: the {@code SignatureProvider} port and its key stores (PKCS#12 files, PKCS#11 tokens
 * and HSMs). Private keys never leave a provider.
 */
package vn.motcua.signing.signer;
