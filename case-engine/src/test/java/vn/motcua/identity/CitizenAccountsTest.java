package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CitizenAccountsTest {

    private AccountsFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new AccountsFixture();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private String register(String email, String password) {
        return fixture.tx(() -> fixture.citizens.register(new Registration(PartyType.INDIVIDUAL, " Trần  Thị Mai ",
                email, "0912 345 678", "001185012345", null), password.toCharArray()));
    }

    private UserAccount account(String username) {
        return fixture.tx(() -> fixture.accounts.findByUsername(username).orElseThrow());
    }

    @Test
    void aNewAccountIsUnverifiedAndGetsAVietnameseLinkValidForADay() {
        String username = register("Mai.Tran@Example.vn", "matkhau2026");

        UserAccount account = account(username);
        assertThat(username).isEqualTo("mai.tran");
        assertThat(account.isEmailVerified()).isFalse();
        assertThat(account.getDisplayName()).isEqualTo("Trần Thị Mai");
        assertThat(account.getPhone()).isEqualTo("0912345678");
        assertThat(account.getPersonalId()).isEqualTo("001185012345");
        assertThat(account.toActor().hasRole(Role.CITIZEN)).isTrue();
        assertThat(account.getPasswordHash()).isEqualTo("text:matkhau2026");
        assertThat(fixture.mails).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("mai.tran@example.vn");
            assertThat(mail.subject()).contains("Xác nhận địa chỉ thư điện tử");
            assertThat(mail.text()).contains("Kính gửi ông/bà Trần Thị Mai")
                    .contains("https://dichvucong.example.vn/verify-email.xhtml?token=").contains("24 giờ");
        });
        assertThat(fixture.tx(() -> fixture.citizens.awaitsVerification("MAI.TRAN@example.vn"))).isTrue();
    }

    @Test
    void theLinkVerifiesTheAddressOnceAndOnlyItsHashIsStored() {
        String username = register("mai@example.vn", "matkhau2026");
        String token = fixture.lastLinkToken();

        assertThat(fixture.tx(() -> fixture.citizens.verifyEmail(token))).isEqualTo(username);

        assertThat(account(username).isEmailVerified()).isTrue();
        assertThat(fixture.tx(() -> fixture.citizens.awaitsVerification("mai@example.vn"))).isFalse();
        assertThat(fixture.tx(() -> fixture.em.createNativeQuery(
                "select count(*) from account_token where token_hash = '" + token + "'").getSingleResult()))
                .isEqualTo(0L);
        assertThatThrownBy(() -> fixture.tx(() -> fixture.citizens.verifyEmail(token)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("đã được dùng");
    }

    @Test
    void anExpiredVerificationLinkIsRefusedAndANewOneCanBeSent() {
        String username = register("mai@example.vn", "matkhau2026");
        String token = fixture.lastLinkToken();
        fixture.clock.setTo(fixture.clock.instant().plus(Duration.ofHours(24)));

        assertThatThrownBy(() -> fixture.tx(() -> fixture.citizens.verifyEmail(token)))
                .hasMessageContaining("hết hạn");
        fixture.run(() -> fixture.citizens.resendVerification("mai@example.vn"));
        assertThat(fixture.tx(() -> fixture.citizens.verifyEmail(fixture.lastLinkToken()))).isEqualTo(username);
    }

    @Test
    void anAddressRegisteredTwiceIsRefusedWithAClearMessage() {
        register("mai@example.vn", "matkhau2026");

        assertThatThrownBy(() -> register("MAI@example.vn ", "khac12345"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("đã được dùng để đăng ký")
                .hasMessageContaining("Quên mật khẩu");
        assertThatThrownBy(() -> register("congdan.an@example.invalid", "khac12345"))
                .hasMessageContaining("đã được dùng để đăng ký");
        assertThat(fixture.mails).hasSize(1);
    }

    @Test
    void weakPasswordsAndBadFieldsStoreNothing() {
        assertThatThrownBy(() -> register("mai@example.vn", "ngan1")).hasMessageContaining("ít nhất 8 ký tự");
        assertThatThrownBy(() -> register("mai@example.vn", "chiconchu")).hasMessageContaining("cả chữ và số");
        assertThatThrownBy(() -> register("mai@example", "matkhau2026")).hasMessageContaining("chưa đúng");
        assertThatThrownBy(() -> fixture.tx(() -> fixture.citizens.register(new Registration(PartyType.INDIVIDUAL,
                "Mai", "mai@example.vn", "12345", null, null), "matkhau2026".toCharArray())))
                .hasMessageContaining("Số điện thoại gồm 10 chữ số");

        assertThat(fixture.tx(() -> fixture.accounts.findCitizenByEmail("mai@example.vn"))).isEmpty();
        assertThat(fixture.mails).isEmpty();
    }

    @Test
    void anOrganisationRegistersWithACheckedTaxCode() {
        assertThatThrownBy(() -> fixture.tx(() -> fixture.citizens.register(new Registration(PartyType.ORGANISATION,
                "Công ty TNHH Bình Minh", "ketoan@binhminh.vn", null, null, "0100109107"),
                "matkhau2026".toCharArray()))).hasMessageContaining("chữ số kiểm tra");

        String username = fixture.tx(() -> fixture.citizens.register(new Registration(PartyType.ORGANISATION,
                "Công ty TNHH Bình Minh", "ketoan@binhminh.vn", null, null, "0100109106-001"),
                "matkhau2026".toCharArray()));

        assertThat(account(username).getPartyType()).isEqualTo(PartyType.ORGANISATION);
        assertThat(account(username).getTaxCode()).isEqualTo("0100109106-001");
    }

    @Test
    void aResetLinkSetsANewPasswordOnceWithinAnHour() {
        String username = register("mai@example.vn", "matkhau2026");
        fixture.run(() -> fixture.citizens.requestPasswordReset("Mai@Example.vn"));
        String token = fixture.lastLinkToken();
        assertThat(fixture.mails.get(1).subject()).contains("Đặt lại mật khẩu");
        assertThat(fixture.mails.get(1).text()).contains("/password-reset.xhtml?token=").contains("1 giờ");

        assertThat(fixture.tx(() -> fixture.citizens.resetLinkUsable(token))).isTrue();
        assertThatThrownBy(() -> fixture.tx(() -> fixture.citizens.resetPassword(token, "yeu".toCharArray())))
                .hasMessageContaining("ít nhất 8 ký tự");
        fixture.tx(() -> fixture.citizens.resetPassword(token, "moi2026abc".toCharArray()));

        assertThat(account(username).getPasswordHash()).isEqualTo("text:moi2026abc");
        assertThat(account(username).isEmailVerified()).isTrue();
        assertThat(fixture.tx(() -> fixture.citizens.resetLinkUsable(token))).isFalse();
        assertThatThrownBy(() -> fixture.tx(() -> fixture.citizens.resetPassword(token, "khac2026abc".toCharArray())))
                .hasMessageContaining("đã được dùng");
    }

    @Test
    void anExpiredResetLinkIsRefused() {
        register("mai@example.vn", "matkhau2026");
        fixture.run(() -> fixture.citizens.requestPasswordReset("mai@example.vn"));
        String token = fixture.lastLinkToken();
        fixture.clock.setTo(fixture.clock.instant().plus(Duration.ofMinutes(61)));

        assertThatThrownBy(() -> fixture.tx(() -> fixture.citizens.resetPassword(token, "moi2026abc".toCharArray())))
                .hasMessageContaining("hết hạn");
    }

    @Test
    void aResetForAnUnknownAddressSendsNothingAndSaysNothing() {
        fixture.run(() -> fixture.citizens.requestPasswordReset("nobody@example.vn"));

        assertThat(fixture.mails).isEmpty();
    }

    @Test
    void userNamesComeFromTheAddressAndNeverRepeat() {
        assertThat(register("mai@example.vn", "matkhau2026")).isEqualTo("mai");
        assertThat(register("mai@other.example.vn", "matkhau2026")).isEqualTo("mai2");
        assertThat(register("ab@example.vn", "matkhau2026")).isEqualTo("congdan.ab");
        assertThat(register("congdan.an@example.vn", "matkhau2026")).isEqualTo("congdan.an2");
        assertThat(fixture.tx(() -> fixture.accounts.findBySignInName("mai@other.example.vn")))
                .map(UserAccount::getUsername).contains("mai2");
    }

    @Test
    void signInNamesAreTheUserNameOrTheEmail() {
        assertThat(fixture.tx(() -> fixture.accounts.findBySignInName("congdan.an"))).isPresent();
        assertThat(fixture.tx(() -> fixture.accounts.findBySignInName("CongDan.An@example.invalid")))
                .map(UserAccount::getUsername).contains("congdan.an");
        assertThat(fixture.tx(() -> fixture.accounts.findBySignInName("chuyenvien.tdm@example.invalid"))).isEmpty();
    }

    @Test
    void theSamePersonFromTheProviderGetsTheSameVerifiedAccount() {
        ExternalIdentity person = new ExternalIdentity("https://vneid.example", "sub-42", "Lê Văn Hải",
                "hai@example.vn", "079085001234");

        String first = fixture.tx(() -> fixture.citizens.signInExternal(person));
        String again = fixture.tx(() -> fixture.citizens.signInExternal(person));
        String other = fixture.tx(() -> fixture.citizens.signInExternal(
                new ExternalIdentity("https://other.example", "sub-42", null, null, "not-an-id")));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        UserAccount account = account(first);
        assertThat(account.isEmailVerified()).isTrue();
        assertThat(account.hasPassword()).isFalse();
        assertThat(account.getDisplayName()).isEqualTo("Lê Văn Hải");
        assertThat(account.getPersonalId()).isEqualTo("079085001234");
        assertThat(account.toActor().hasRole(Role.CITIZEN)).isTrue();
        assertThat(account(other).getPersonalId()).isNull();
    }
}
