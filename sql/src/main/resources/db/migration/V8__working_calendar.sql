-- The working calendar as data (DOMAIN.md §4.1, docs/working-calendar.md).
-- calendar_day: the days that differ from the ordinary week — public holidays (HOLIDAY), extra days off such as a
-- swapped weekday or a compensatory day (DAY_OFF), and make-up working days on a weekend (WORKING_DAY). unit_code ''
-- means every unit (an empty string rather than NULL, so that the unique key behaves the same on MySQL/MariaDB and
-- H2); a unit's own row for a date overrides the province-wide one. The column is day_date because DAY is a reserved
-- word in H2 2.x. provisional = not (yet) confirmed by an official calendar; source says where the day comes from.
-- calendar_unit_hours: a unit's working periods ("07:00-11:30,13:30-17:00") and whether its desk also receives on
-- Saturday mornings (07:00-11:30). Units without a row work the default hours.

CREATE TABLE calendar_day (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  unit_code    VARCHAR(40)   NOT NULL DEFAULT '',
  day_date     DATE          NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  name         VARCHAR(255)  NOT NULL,
  provisional  BOOLEAN       NOT NULL DEFAULT FALSE,
  source       VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_calendar_day UNIQUE (unit_code, day_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_calendar_day_date ON calendar_day (day_date);

CREATE TABLE calendar_unit_hours (
  unit_code         VARCHAR(40)   NOT NULL,
  periods           VARCHAR(200)  NOT NULL,
  saturday_morning  BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (unit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 2025, civil servants (Saturdays and Sundays inside the breaks are ordinary weekends and are not listed).
INSERT INTO calendar_day (unit_code, day_date, kind, name, provisional, source) VALUES
('', '2025-01-01', 'HOLIDAY', 'Tết Dương lịch', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a'),
('', '2025-01-27', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', FALSE,
 'Lịch nghỉ Tết Ất Tỵ của công chức: thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025 (thông báo của Bộ LĐ-TB&XH, đối chiếu qua nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)'),
('', '2025-01-28', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', FALSE,
 'Lịch nghỉ Tết Ất Tỵ của công chức: thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025 (thông báo của Bộ LĐ-TB&XH, đối chiếu qua nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)'),
('', '2025-01-29', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 1)', FALSE,
 'Lịch nghỉ Tết Ất Tỵ của công chức: thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025 (thông báo của Bộ LĐ-TB&XH, đối chiếu qua nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)'),
('', '2025-01-30', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 2)', FALSE,
 'Lịch nghỉ Tết Ất Tỵ của công chức: thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025 (thông báo của Bộ LĐ-TB&XH, đối chiếu qua nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)'),
('', '2025-01-31', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 3)', FALSE,
 'Lịch nghỉ Tết Ất Tỵ của công chức: thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025 (thông báo của Bộ LĐ-TB&XH, đối chiếu qua nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)'),
('', '2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Ất Tỵ)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e; 10/3 âm lịch = thứ Hai 07/04/2025 (nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)'),
('', '2025-04-26', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/05/2025', FALSE,
 'Hoán đổi ngày làm việc thứ Sáu 02/05 sang thứ Bảy 26/04/2025 (đối chiếu qua nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; số hiệu văn bản chưa đối chiếu)'),
('', '2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c'),
('', '2025-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d'),
('', '2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', FALSE,
 'Hoán đổi ngày làm việc thứ Sáu 02/05 sang thứ Bảy 26/04/2025 (đối chiếu qua nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html; số hiệu văn bản chưa đối chiếu)'),
('', '2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ; nghỉ Quốc khánh 2025 từ 30/8 đến hết 02/9/2025 (nguồn thứ cấp https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html)'),
('', '2025-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ');

-- 2026, civil servants.
INSERT INTO calendar_day (unit_code, day_date, kind, name, provisional, source) VALUES
('', '2026-01-01', 'HOLIDAY', 'Tết Dương lịch', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a'),
('', '2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', FALSE,
 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025: nghỉ 01–04/01/2026, hoán đổi thứ Sáu 02/01 sang thứ Bảy 10/01/2026 (đối chiếu qua trang tin thứ cấp, chưa xem bản gốc)'),
('', '2026-01-10', 'WORKING_DAY', 'Làm bù cho thứ Sáu 02/01/2026', FALSE,
 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025: nghỉ 01–04/01/2026, hoán đổi thứ Sáu 02/01 sang thứ Bảy 10/01/2026 (đối chiếu qua trang tin thứ cấp, chưa xem bản gốc)'),
('', '2026-02-16', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', FALSE,
 'Lịch nghỉ Tết Bính Ngọ của công chức: thứ Hai 16/02 (29 tháng Chạp) đến hết thứ Sáu 20/02/2026 (mùng 4) — Công văn 6620/UBND-VX ngày 24/10/2025 của UBND tỉnh Lai Châu theo thông báo của Chính phủ'),
('', '2026-02-17', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 1)', FALSE,
 'Lịch nghỉ Tết Bính Ngọ của công chức: thứ Hai 16/02 (29 tháng Chạp) đến hết thứ Sáu 20/02/2026 (mùng 4) — Công văn 6620/UBND-VX ngày 24/10/2025 của UBND tỉnh Lai Châu theo thông báo của Chính phủ'),
('', '2026-02-18', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 2)', FALSE,
 'Lịch nghỉ Tết Bính Ngọ của công chức: thứ Hai 16/02 (29 tháng Chạp) đến hết thứ Sáu 20/02/2026 (mùng 4) — Công văn 6620/UBND-VX ngày 24/10/2025 của UBND tỉnh Lai Châu theo thông báo của Chính phủ'),
('', '2026-02-19', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 3)', FALSE,
 'Lịch nghỉ Tết Bính Ngọ của công chức: thứ Hai 16/02 (29 tháng Chạp) đến hết thứ Sáu 20/02/2026 (mùng 4) — Công văn 6620/UBND-VX ngày 24/10/2025 của UBND tỉnh Lai Châu theo thông báo của Chính phủ'),
('', '2026-02-20', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 4)', FALSE,
 'Lịch nghỉ Tết Bính Ngọ của công chức: thứ Hai 16/02 (29 tháng Chạp) đến hết thứ Sáu 20/02/2026 (mùng 4) — Công văn 6620/UBND-VX ngày 24/10/2025 của UBND tỉnh Lai Châu theo thông báo của Chính phủ'),
('', '2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 Bính Ngọ, Chủ nhật)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e; 10/3 âm lịch = Chủ nhật 26/04/2026 (ICU4J, UTC+7; báo Thanh Niên 23/02/2026)'),
('', '2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương', FALSE,
 'Bộ luật Lao động 2019, Điều 111 khoản 3: ngày lễ trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp (báo Thanh Niên 23/02/2026)'),
('', '2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c'),
('', '2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d'),
('', '2026-08-22', 'WORKING_DAY', 'Làm bù cho thứ Hai 31/08/2026', FALSE,
 'Hoán đổi thứ Hai 31/08 sang thứ Bảy 22/08/2026 — Công văn 6620/UBND-VX ngày 24/10/2025 của UBND tỉnh Lai Châu theo thông báo của Chính phủ'),
('', '2026-08-31', 'DAY_OFF', 'Nghỉ hoán đổi Quốc khánh (làm bù thứ Bảy 22/08/2026)', FALSE,
 'Hoán đổi thứ Hai 31/08 sang thứ Bảy 22/08/2026 — Công văn 6620/UBND-VX ngày 24/10/2025 của UBND tỉnh Lai Châu theo thông báo của Chính phủ'),
('', '2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ; Công văn 6620/UBND-VX ngày 24/10/2025 của UBND tỉnh Lai Châu'),
('', '2026-09-02', 'HOLIDAY', 'Quốc khánh (2/9)', FALSE,
 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ');
