Kính gửi ông/bà ${name},

Có yêu cầu đặt lại mật khẩu cho tài khoản của ông/bà trên Cổng dịch vụ công.

Để đặt mật khẩu mới, vui lòng mở đường dẫn sau:

${link}

Đường dẫn dùng được một lần, trong ${validHours} giờ.

Nếu ông/bà không yêu cầu đặt lại mật khẩu, vui lòng bỏ qua thư này; mật khẩu hiện tại vẫn dùng được.

Thư này được gửi tự động, vui lòng không trả lời.
