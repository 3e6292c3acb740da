Xác nhận địa chỉ thư điện tử để dùng tài khoản dịch vụ công
