package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressFilterTest {

    @Test
    void theForwardedForHeaderIsIgnoredUnlessTrusted() {
        assertThat(ClientAddressFilter.clientAddress("10.0.0.5", "198.51.100.9", false)).isEqualTo("10.0.0.5");
    }

    @Test
    void aTrustedProxysLastHopIsTheClient() {
        assertThat(ClientAddressFilter.clientAddress("10.0.0.5", "1.2.3.4, 198.51.100.9", true))
                .as("the leftmost entry is whatever the client claimed; the last is what the proxy saw")
                .isEqualTo("198.51.100.9");
        assertThat(ClientAddressFilter.clientAddress("10.0.0.5", "2001:db8::1 ,  ", true)).isEqualTo("2001:db8::1");
    }

    @Test
    void withoutTheHeaderTheRemoteAddressIsUsedEvenWhenTrusted() {
        assertThat(ClientAddressFilter.clientAddress("10.0.0.5", null, true)).isEqualTo("10.0.0.5");
        assertThat(ClientAddressFilter.clientAddress("10.0.0.5", " , ", true)).isEqualTo("10.0.0.5");
    }
}
