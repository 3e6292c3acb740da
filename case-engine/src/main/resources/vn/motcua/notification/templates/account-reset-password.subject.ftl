Đặt lại mật khẩu tài khoản dịch vụ công
