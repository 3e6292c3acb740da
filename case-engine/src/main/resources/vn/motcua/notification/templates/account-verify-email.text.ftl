Kính gửi ông/bà ${name},

Ông/bà vừa đăng ký tài khoản trên Cổng dịch vụ công với địa chỉ thư điện tử này.

Để xác nhận địa chỉ và bắt đầu dùng tài khoản, vui lòng mở đường dẫn sau:

${link}

Đường dẫn dùng được một lần, trong ${validHours} giờ.

Nếu ông/bà không đăng ký tài khoản, vui lòng bỏ qua thư này; tài khoản sẽ không được dùng khi chưa xác nhận.

Thư này được gửi tự động, vui lòng không trả lời.
