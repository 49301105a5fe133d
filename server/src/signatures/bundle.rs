//! The signed bundle a person or an officer downloads: the canonical application, the detached
//! signature and the signer's certificate, in a tar that `openssl` alone can check.

/// How to check the bundle, as its own file: nothing but OpenSSL is needed.
const HOW_TO_VERIFY: &str = "\
The signed application:
  application.json  the content signed, byte for byte
  signature.der     the signer's ECDSA P-256 signature of its SHA-256 digest
  certificate.pem   the signer's certificate (the FIN is its subject's serialNumber)
  authority.pem     the certification authority that issued it, as the portal trusts it

Check that the authority issued the certificate, then that the certificate's key made the
signature of this content:
  openssl verify -CAfile authority.pem certificate.pem
  openssl x509 -in certificate.pem -pubkey -noout > signer.pub
  openssl dgst -sha256 -verify signer.pub -signature signature.der application.json
Compare authority.pem with the authority you trust: a bundle can carry any.
";

pub struct Bundle<'a> {
    pub content: &'a [u8],
    pub signature: &'a [u8],
    pub certificate_pem: &'a str,
    pub authority_pem: &'a str,
}

impl Bundle<'_> {
    pub fn to_tar(&self) -> std::io::Result<Vec<u8>> {
        let mut tar = tar::Builder::new(Vec::new());
        for (name, bytes) in [
            ("application.json", self.content),
            ("signature.der", self.signature),
            ("certificate.pem", self.certificate_pem.as_bytes()),
            ("authority.pem", self.authority_pem.as_bytes()),
            ("HOW-TO-VERIFY.txt", HOW_TO_VERIFY.as_bytes()),
        ] {
            let mut header = tar::Header::new_ustar();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            tar.append_data(&mut header, name, bytes)?;
        }
        tar.into_inner()
    }
}
