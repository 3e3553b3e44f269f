package org.cloudsdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CloudSettingsTest {

    @Test
    void emptySettingsGiveTheDefaults() {
        CloudSettings settings = CloudSettings.empty();
        assertThat(settings.identityType()).isNull();
        assertThat(settings.authEndpoint()).isNull();
        assertThat(settings.region()).isNull();
        assertThat(settings.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(settings.debug()).isFalse();
        assertThat(settings.verifySsl()).isTrue();
        assertThat(settings.useServicenet()).isFalse();
        assertThat(settings.interfaceName()).isEqualTo("public");
        assertThat(settings.get(Setting.VERIFY_SSL)).isEqualTo("true");
        assertThat(settings.explicit(Setting.VERIFY_SSL)).isEmpty();
    }

    @Test
    void rackspaceDefaultsToDfwWhenNoRegionIsSet() {
        CloudSettings rackspace = CloudSettings.empty().with(Setting.IDENTITY_TYPE, "rackspace");
        assertThat(rackspace.region()).isEqualTo("DFW");
        assertThat(rackspace.explicit(Setting.REGION)).isEmpty();
        assertThat(rackspace.with(Setting.REGION, "ORD").region()).isEqualTo("ORD");
        assertThat(CloudSettings.empty().with(Setting.IDENTITY_TYPE, "keystone").region()).isNull();
    }

    @Test
    void typedGettersReadExplicitValues() {
        CloudSettings settings = CloudSettings.of(Map.of(
                Setting.AUTH_ENDPOINT, "http://192.168.0.1:5000/v2.0/",
                Setting.TENANT_ID, "abc123456",
                Setting.TENANT_NAME, "demo",
                Setting.KEYRING_USERNAME, "demo",
                Setting.CUSTOM_USER_AGENT, "CrazyApp/2.0",
                Setting.ENCODING, "ISO-8859-1",
                Setting.USER_DOMAIN_NAME, "Default",
                Setting.PROJECT_DOMAIN_ID, "default",
                Setting.INTERFACE, "internalURL"));
        assertThat(settings.authEndpoint()).isEqualTo("http://192.168.0.1:5000/v2.0/");
        assertThat(settings.tenantId()).isEqualTo("abc123456");
        assertThat(settings.tenantName()).isEqualTo("demo");
        assertThat(settings.keyringUsername()).isEqualTo("demo");
        assertThat(settings.customUserAgent()).isEqualTo("CrazyApp/2.0");
        assertThat(settings.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(settings.userDomainName()).isEqualTo("Default");
        assertThat(settings.projectDomainId()).isEqualTo("default");
        assertThat(settings.interfaceName()).isEqualTo("internal");
        assertThat(settings.userDomainId()).isNull();
        assertThat(settings.projectDomainName()).isNull();
    }

    @Test
    void flagsAcceptTheUsualSpellings() {
        for (String yes : new String[] {"true", "True", "YES", "on", "1"}) {
            assertThat(CloudSettings.empty().with(Setting.DEBUG, yes).debug()).as(yes).isTrue();
        }
        for (String no : new String[] {"false", "FALSE", "no", "Off", "0"}) {
            assertThat(CloudSettings.empty().with(Setting.VERIFY_SSL, no).verifySsl()).as(no).isFalse();
        }
        assertThat(CloudSettings.empty().with(Setting.USE_SERVICENET, "Yes").get(Setting.USE_SERVICENET))
                .isEqualTo("true");
    }

    @Test
    void anInvalidFlagIsRejectedNamingTheSetting() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CloudSettings.of(Map.of(Setting.VERIFY_SSL, "maybe")))
                .withMessageStartingWith("verify_ssl:")
                .withMessageContaining("'maybe'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CloudSettings.empty().with(Setting.DEBUG, "2"))
                .withMessageStartingWith("debug:");
    }

    @Test
    void anUnknownCharsetIsRejectedNamingEncoding() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CloudSettings.empty().with(Setting.ENCODING, "no-such-charset"))
                .withMessageStartingWith("encoding:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CloudSettings.empty().with(Setting.ENCODING, "bad name!"))
                .withMessageStartingWith("encoding:");
    }

    @Test
    void anUnknownInterfaceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CloudSettings.empty().with(Setting.INTERFACE, "private"))
                .withMessageStartingWith("interface:");
    }

    @Test
    void aBlankValueIsExplicitButReadsAsTheDefault() {
        CloudSettings settings = CloudSettings.empty().with(Setting.CUSTOM_USER_AGENT, " ").with(Setting.DEBUG, "");
        assertThat(settings.explicit(Setting.CUSTOM_USER_AGENT)).contains("");
        assertThat(settings.customUserAgent()).isNull();
        assertThat(settings.debug()).isFalse();
    }

    @Test
    void withReturnsACopyAndNullRemoves() {
        CloudSettings original = CloudSettings.empty().with(Setting.REGION, "ORD");
        CloudSettings changed = original.with(Setting.REGION, "IAD");
        assertThat(original.region()).isEqualTo("ORD");
        assertThat(changed.region()).isEqualTo("IAD");
        assertThat(changed.with(Setting.REGION, null)).isEqualTo(CloudSettings.empty());
    }

    @Test
    void ofCopiesItsInput() {
        Map<Setting, String> values = new HashMap<>();
        values.put(Setting.REGION, "ORD");
        values.put(Setting.TENANT_ID, null);
        CloudSettings settings = CloudSettings.of(values);
        values.put(Setting.REGION, "IAD");
        assertThat(settings.region()).isEqualTo("ORD");
        assertThat(settings.explicitValues()).containsOnlyKeys(Setting.REGION);
    }

    @Test
    void overriddenByLetsTheHigherLayerWin() {
        CloudSettings lower = CloudSettings.empty().with(Setting.REGION, "ORD").with(Setting.TENANT_ID, "t1");
        CloudSettings higher = CloudSettings.empty().with(Setting.REGION, "IAD").with(Setting.DEBUG, "true");
        CloudSettings combined = lower.overriddenBy(higher);
        assertThat(combined.region()).isEqualTo("IAD");
        assertThat(combined.tenantId()).isEqualTo("t1");
        assertThat(combined.debug()).isTrue();
        assertThat(lower.overriddenBy(CloudSettings.empty())).isEqualTo(lower);
    }

    @Test
    void valueSemantics() {
        CloudSettings one = CloudSettings.of(Map.of(Setting.REGION, "ORD", Setting.DEBUG, "yes"));
        CloudSettings two = CloudSettings.empty().with(Setting.DEBUG, "true").with(Setting.REGION, " ORD ");
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).hasToString("CloudSettings{region=ORD, debug=true}");
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> CloudSettings.of(null))
                .withMessageStartingWith("values:");
        assertThatIllegalArgumentException().isThrownBy(() -> CloudSettings.empty().get(null))
                .withMessageStartingWith("setting:");
        assertThatIllegalArgumentException().isThrownBy(() -> CloudSettings.empty().overriddenBy(null))
                .withMessageStartingWith("higher:");
    }
}
