-- Demo province: Bình Dương until 2025-06-30 and its successors in Hồ Chí Minh City from 2025-07-01.
-- Demo reference data only (applied with the demo data set, own Flyway history). No accounts or roles here.
--
-- Scope
--   * Bình Dương: the provincial People's Committee, 19 provincial departments and agencies, the 9 district-level
--     units (5 cities, 4 districts) and their 91 commune-level units (47 phường, 5 thị trấn, 39 xã), 7 inner
--     departments of TP Thủ Dầu Một; all closed on 2025-06-30.
--   * Hồ Chí Minh City from 2025-07-01: 16 departments that succeed the Bình Dương departments, the 36 commune-level
--     units formed on former Bình Dương territory (24 phường, 12 xã) and 4 inner units of UBND phường Thủ Dầu Một.
--   * Successions on 2025-07-01 for every closed unit; one reception desk per unit that receives dossiers.
--   * Simplifications: the March 2025 merger of Bình Dương departments (e.g. Sở Kế hoạch và Đầu tư into Sở Tài chính)
--     and of district offices is not modelled (no confirmed date found); both close on 2025-06-30. Start dates marked
--     "ngày quy ước" are conservative dates on which the unit certainly existed, not founding dates.
--
-- Agency codes (shape XXX.YY.ZZ.Hnn) are ILLUSTRATIVE (code_verified = FALSE): no public table of the real codes was
-- found (DOMAIN.md §3.2). Scheme:
--   000.00.00.H12            UBND tỉnh Bình Dương           000.00.00.H29           UBND Thành phố Hồ Chí Minh
--   000.00.01-19.H12         Bình Dương departments         000.00.01-16.H29        HCMC departments
--   000.00.20-28.H12         districts: 20 Thủ Dầu Một, 21 Thuận An, 22 Dĩ An, 23 Bến Cát, 24 Tân Uyên, 25 Bàu Bàng,
--                            26 Bắc Tân Uyên, 27 Dầu Tiếng, 28 Phú Giáo
--   000.DD.01-14.H12         communes of district DD (000.20.01.H12 = phường Phú Cường)
--   000.20.60-66.H12         inner departments of TP Thủ Dầu Một
--   000.30.01-36.H29         new communes on former Bình Dương territory (000.30.01.H29 = phường Thủ Dầu Một)
--   000.31.01-04.H29         inner units of UBND phường Thủ Dầu Một
--
-- Sources (each row's `source` names the one that confirms it)
--   * Nghị quyết 202/2025/QH15 (12/6/2025): Bình Dương and Bà Rịa - Vũng Tàu merged into Hồ Chí Minh City.
--   * Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025, 168 commune-level units of HCMC): text summarised by cafef.vn,
--     english.luatvietnam.vn; the old-to-new composition is taken from a public table of that resolution
--     (GitHub nbang/nbang.github.io, hcm-data.json) and checked against thanhnien.vn 15/4/2025 (phường Thủ Dầu Một,
--     Bình Dương), plo.vn 22/4/2025, thanhnien.vn 09/7/2025 (phường Phú An) and vietnamnet.vn 29/6/2025 (Lái Thiêu,
--     Thuận An). Where the April 2025 draft differs (Phú Giáo, Hiệp Thành) the succession note says so.
--   * District status: Nghị quyết 11/NQ-CP (2012, TP Thủ Dầu Một), 136/NQ-CP (2013), 857/NQ-UBTVQH14 (2020, TP Dĩ An,
--     TP Thuận An), 1110/NQ-UBTVQH14 (2021, thị trấn Tân Bình), 725/NQ-UBTVQH15 (2023, TP Tân Uyên), the 2024 resolution
--     on TP Bến Cát (in force 01/5/2024).
--   * HCMC departments after the 2025 reorganisation: laodong.vn, kinhtedothi.vn, vietnam.vn (2025).
--   * Inner units: Nghị định 37/2014/NĐ-CP as amended by 108/2020/NĐ-CP (district level), Nghị định 150/2025/NĐ-CP and
--     118/2025/NĐ-CP (commune level from 2025-07-01).
-- Addresses are filled only where a source gives them; everything else is NULL.


-- 1. The five units of the first demo migration: short names, sources, codes stay illustrative.
UPDATE org_unit SET short_name = 'UBND tỉnh Bình Dương', code_verified = FALSE,
       address = 'Tầng 16 (tháp A, B), Tòa nhà Trung tâm Hành chính tỉnh Bình Dương, đường Lê Lợi, phường Hòa Phú, thành phố Thủ Dầu Một',
       source = 'Tỉnh Bình Dương đến 30/6/2025; Nghị quyết 202/2025/QH15 (12/6/2025) sắp xếp ĐVHC cấp tỉnh: hợp nhất vào Thành phố Hồ Chí Minh từ 01/7/2025. Địa chỉ: trang giới thiệu Bình Dương 2017 (datnenbinhduong.vn). Ngày bắt đầu 2008-01-01 là ngày quy ước của dữ liệu demo.'
 WHERE code = '000.00.00.H12';
UPDATE org_unit SET short_name = 'TP Thủ Dầu Một', code_verified = FALSE,
       address = 'Số 1 Quang Trung, phường Phú Cường, thành phố Thủ Dầu Một',
       source = 'Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau); địa chỉ trụ sở UBND theo vi.wikipedia (thứ cấp)'
 WHERE code = '000.00.20.H12';
UPDATE org_unit SET short_name = 'P. Phú Cường (Thủ Dầu Một)', code_verified = FALSE,
       source = 'Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
 WHERE code = '000.20.01.H12';
UPDATE org_unit SET short_name = 'UBND TP.HCM', code_verified = FALSE,
       source = 'Nghị quyết 202/2025/QH15 (12/6/2025) sắp xếp ĐVHC cấp tỉnh: Thành phố Hồ Chí Minh (mới) gồm TP.HCM, Bình Dương, Bà Rịa - Vũng Tàu, từ 01/7/2025; 168 ĐVHC cấp xã theo Nghị quyết 1685/NQ-UBTVQH15'
 WHERE code = '000.00.00.H29';
UPDATE org_unit SET short_name = 'P. Thủ Dầu Một', code_verified = FALSE,
       address = 'Số 1 Quang Trung (trụ sở Ủy ban nhân dân thành phố Thủ Dầu Một cũ)',
       source = 'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở phường Phú Cường, Phú Thọ, Chánh Nghĩa, một phần Hiệp Thành, Chánh Mỹ. Trụ sở: thanhnien.vn 15/4/2025 (trụ sở đặt tại UBND TP Thủ Dầu Một); địa chỉ UBND TP Thủ Dầu Một theo vi.wikipedia'
 WHERE code = '000.30.01.H29';

-- 2. Bình Dương provincial departments and agencies (to 2025-06-30; the March 2025 department mergers are not modelled).
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.01.H12', 'Văn phòng Ủy ban nhân dân tỉnh Bình Dương', 'VP UBND tỉnh BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'cơ quan chuyên môn bắt buộc cấp tỉnh theo Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.02.H12', 'Sở Nội vụ tỉnh Bình Dương', 'Sở Nội vụ BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.03.H12', 'Sở Tư pháp tỉnh Bình Dương', 'Sở Tư pháp BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'cơ quan chuyên môn bắt buộc cấp tỉnh theo Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.04.H12', 'Sở Kế hoạch và Đầu tư tỉnh Bình Dương', 'Sở KH&ĐT BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.05.H12', 'Sở Tài chính tỉnh Bình Dương', 'Sở Tài chính BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.06.H12', 'Sở Công Thương tỉnh Bình Dương', 'Sở Công Thương BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'cơ quan chuyên môn bắt buộc cấp tỉnh theo Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP; socongthuong.binhduong.gov.vn; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.07.H12', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Dương', 'Sở NN&PTNT BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); btv.org.vn; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.08.H12', 'Sở Giao thông vận tải tỉnh Bình Dương', 'Sở GTVT BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.09.H12', 'Sở Xây dựng tỉnh Bình Dương', 'Sở Xây dựng BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.10.H12', 'Sở Tài nguyên và Môi trường tỉnh Bình Dương', 'Sở TN&MT BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); nangluongsachvietnam.vn 2022; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.11.H12', 'Sở Thông tin và Truyền thông tỉnh Bình Dương', 'Sở TT&TT BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.12.H12', 'Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương', 'Sở LĐTBXH BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.13.H12', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Dương', 'Sở VHTTDL BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'cơ quan chuyên môn bắt buộc cấp tỉnh theo Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.14.H12', 'Sở Khoa học và Công nghệ tỉnh Bình Dương', 'Sở KH&CN BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Sở Nội vụ Bình Dương về phương án sắp xếp 20 sở, ngành (doanhnghiephoinhap.vn 12/2024); khcnbinhduong.gov.vn; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.15.H12', 'Sở Giáo dục và Đào tạo tỉnh Bình Dương', 'Sở GD&ĐT BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'cơ quan chuyên môn bắt buộc cấp tỉnh theo Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.16.H12', 'Sở Y tế tỉnh Bình Dương', 'Sở Y tế BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'cơ quan chuyên môn bắt buộc cấp tỉnh theo Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.17.H12', 'Sở Ngoại vụ tỉnh Bình Dương', 'Sở Ngoại vụ BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Bộ máy tổ chức tỉnh Bình Dương, Department of Foreign Affairs (eng.binhduong.gov.vn, 11/9/2020); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.18.H12', 'Thanh tra tỉnh Bình Dương', 'Thanh tra tỉnh BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'cơ quan chuyên môn bắt buộc cấp tỉnh theo Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP; ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.19.H12', 'Ban Quản lý các khu công nghiệp Bình Dương', 'BQL các KCN BD', 'DEPARTMENT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Quyết định 17/2016/QĐ-UBND và 08/2023/QĐ-UBND tỉnh Bình Dương về Ban Quản lý các khu công nghiệp Bình Dương (thuviennhadat.vn; eng.binhduong.gov.vn 19/4/2023); ngày bắt đầu quy ước (đơn vị tồn tại trước ngày này)'
  FROM org_unit WHERE code = '000.00.00.H12';

-- 3. District-level units of Bình Dương (Thủ Dầu Một exists), to 2025-06-30.
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.21.H12', 'Ủy ban nhân dân thành phố Thuận An', 'TP Thuận An', 'DISTRICT', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.22.H12', 'Ủy ban nhân dân thành phố Dĩ An', 'TP Dĩ An', 'DISTRICT', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.23.H12', 'Ủy ban nhân dân thành phố Bến Cát', 'TP Bến Cát', 'DISTRICT', id, '2024-05-01', '2025-06-30', 'Đường 30/4, khu phố 2, phường Mỹ Phước, thành phố Bến Cát', FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.24.H12', 'Ủy ban nhân dân thành phố Tân Uyên', 'TP Tân Uyên', 'DISTRICT', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.25.H12', 'Ủy ban nhân dân huyện Bàu Bàng', 'H. Bàu Bàng', 'DISTRICT', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Nghị quyết 136/NQ-CP (29/12/2013) điều chỉnh địa giới huyện Bến Cát, Tân Uyên (bencatcentercity.com); ngày thành lập huyện theo vi.wikipedia (thứ cấp)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.26.H12', 'Ủy ban nhân dân huyện Bắc Tân Uyên', 'H. Bắc Tân Uyên', 'DISTRICT', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Nghị quyết 136/NQ-CP (29/12/2013) điều chỉnh địa giới huyện Bến Cát, Tân Uyên (bencatcentercity.com); ngày thành lập huyện theo vi.wikipedia (thứ cấp)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.27.H12', 'Ủy ban nhân dân huyện Dầu Tiếng', 'H. Dầu Tiếng', 'DISTRICT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước (đơn vị tồn tại trước ngày này; ngày thành lập chưa xác minh); có trong danh sách 9 ĐVHC cấp huyện của Bình Dương (vietbao.vn 03/2024)'
  FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.28.H12', 'Ủy ban nhân dân huyện Phú Giáo', 'H. Phú Giáo', 'DISTRICT', id, '2008-01-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước (đơn vị tồn tại trước ngày này; ngày thành lập chưa xác minh); có trong danh sách 9 ĐVHC cấp huyện của Bình Dương (vietbao.vn 03/2024)'
  FROM org_unit WHERE code = '000.00.00.H12';

-- 4. Commune-level units of Bình Dương (91 incl. phường Phú Cường), to 2025-06-30.
-- Thủ Dầu Một
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.02.H12', 'Ủy ban nhân dân phường Hiệp Thành', 'P. Hiệp Thành (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.03.H12', 'Ủy ban nhân dân phường Chánh Nghĩa', 'P. Chánh Nghĩa (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.04.H12', 'Ủy ban nhân dân phường Phú Thọ', 'P. Phú Thọ (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.05.H12', 'Ủy ban nhân dân phường Phú Hòa', 'P. Phú Hòa (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.06.H12', 'Ủy ban nhân dân phường Phú Lợi', 'P. Phú Lợi (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.07.H12', 'Ủy ban nhân dân phường Hiệp An', 'P. Hiệp An (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.08.H12', 'Ủy ban nhân dân phường Định Hòa', 'P. Định Hòa (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.09.H12', 'Ủy ban nhân dân phường Phú Mỹ', 'P. Phú Mỹ (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.10.H12', 'Ủy ban nhân dân phường Hòa Phú', 'P. Hòa Phú (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.11.H12', 'Ủy ban nhân dân phường Phú Tân', 'P. Phú Tân (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.12.H12', 'Ủy ban nhân dân phường Tương Bình Hiệp', 'P. Tương Bình Hiệp (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.13.H12', 'Ủy ban nhân dân phường Tân An', 'P. Tân An (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.14.H12', 'Ủy ban nhân dân phường Chánh Mỹ', 'P. Chánh Mỹ (Thủ Dầu Một)', 'COMMUNE', id, '2013-12-29', '2025-06-30', NULL, FALSE,
       'Ngày quy ước: sau Nghị quyết 136/NQ-CP (29/12/2013), văn bản thành lập phường gần nhất của TP Thủ Dầu Một; Nghị quyết 11/NQ-CP (02/5/2012) thành lập TP Thủ Dầu Một; danh sách 14 phường (tnmt.edu.vn/thu-dau-mot-o-dau)'
  FROM org_unit WHERE code = '000.00.20.H12';
-- Thuận An
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.01.H12', 'Ủy ban nhân dân phường Lái Thiêu', 'P. Lái Thiêu (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.02.H12', 'Ủy ban nhân dân phường An Thạnh', 'P. An Thạnh (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.03.H12', 'Ủy ban nhân dân phường Vĩnh Phú', 'P. Vĩnh Phú (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.04.H12', 'Ủy ban nhân dân phường Bình Hòa', 'P. Bình Hòa (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.05.H12', 'Ủy ban nhân dân phường Bình Nhâm', 'P. Bình Nhâm (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.06.H12', 'Ủy ban nhân dân phường Thuận Giao', 'P. Thuận Giao (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.07.H12', 'Ủy ban nhân dân phường An Phú', 'P. An Phú (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.08.H12', 'Ủy ban nhân dân phường Bình Chuẩn', 'P. Bình Chuẩn (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.09.H12', 'Ủy ban nhân dân phường Hưng Định', 'P. Hưng Định (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.21.10.H12', 'Ủy ban nhân dân xã An Sơn', 'X. An Sơn (Thuận An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.21.H12';
-- Dĩ An
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.22.01.H12', 'Ủy ban nhân dân phường Dĩ An', 'P. Dĩ An (Dĩ An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.22.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.22.02.H12', 'Ủy ban nhân dân phường An Bình', 'P. An Bình (Dĩ An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.22.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.22.03.H12', 'Ủy ban nhân dân phường Tân Đông Hiệp', 'P. Tân Đông Hiệp (Dĩ An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.22.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.22.04.H12', 'Ủy ban nhân dân phường Đông Hòa', 'P. Đông Hòa (Dĩ An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.22.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.22.05.H12', 'Ủy ban nhân dân phường Tân Bình', 'P. Tân Bình (Dĩ An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.22.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.22.06.H12', 'Ủy ban nhân dân phường Bình An', 'P. Bình An (Dĩ An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.22.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.22.07.H12', 'Ủy ban nhân dân phường Bình Thắng', 'P. Bình Thắng (Dĩ An)', 'COMMUNE', id, '2020-02-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết 857/NQ-UBTVQH14 (hiệu lực 01/02/2020) thành lập TP Dĩ An, TP Thuận An (quocloibds.com)'
  FROM org_unit WHERE code = '000.00.22.H12';
-- Bến Cát
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.23.01.H12', 'Ủy ban nhân dân phường Mỹ Phước', 'P. Mỹ Phước (Bến Cát)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.23.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.23.02.H12', 'Ủy ban nhân dân phường Chánh Phú Hòa', 'P. Chánh Phú Hòa (Bến Cát)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.23.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.23.03.H12', 'Ủy ban nhân dân phường Hòa Lợi', 'P. Hòa Lợi (Bến Cát)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.23.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.23.04.H12', 'Ủy ban nhân dân phường Tân Định', 'P. Tân Định (Bến Cát)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.23.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.23.05.H12', 'Ủy ban nhân dân phường Thới Hòa', 'P. Thới Hòa (Bến Cát)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.23.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.23.06.H12', 'Ủy ban nhân dân phường An Điền', 'P. An Điền (Bến Cát)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.23.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.23.07.H12', 'Ủy ban nhân dân phường An Tây', 'P. An Tây (Bến Cát)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.23.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.23.08.H12', 'Ủy ban nhân dân xã Phú An', 'X. Phú An (Bến Cát)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Nghị quyết UBTVQH thông qua 19/3/2024, hiệu lực 01/5/2024, thành lập TP Bến Cát, phường An Điền, An Tây (tienphong.vn 25/4/2024; vi.wikipedia.org/wiki/Bến_Cát)'
  FROM org_unit WHERE code = '000.00.23.H12';
-- Tân Uyên
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.01.H12', 'Ủy ban nhân dân phường Uyên Hưng', 'P. Uyên Hưng (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.02.H12', 'Ủy ban nhân dân phường Tân Phước Khánh', 'P. Tân Phước Khánh (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.03.H12', 'Ủy ban nhân dân phường Thái Hòa', 'P. Thái Hòa (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.04.H12', 'Ủy ban nhân dân phường Thạnh Phước', 'P. Thạnh Phước (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.05.H12', 'Ủy ban nhân dân phường Tân Hiệp', 'P. Tân Hiệp (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.06.H12', 'Ủy ban nhân dân phường Khánh Bình', 'P. Khánh Bình (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.07.H12', 'Ủy ban nhân dân phường Vĩnh Tân', 'P. Vĩnh Tân (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.08.H12', 'Ủy ban nhân dân phường Phú Chánh', 'P. Phú Chánh (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.09.H12', 'Ủy ban nhân dân phường Tân Vĩnh Hiệp', 'P. Tân Vĩnh Hiệp (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.10.H12', 'Ủy ban nhân dân phường Hội Nghĩa', 'P. Hội Nghĩa (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.11.H12', 'Ủy ban nhân dân xã Bạch Đằng', 'X. Bạch Đằng (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.24.12.H12', 'Ủy ban nhân dân xã Thạnh Hội', 'X. Thạnh Hội (Tân Uyên)', 'COMMUNE', id, '2023-04-10', '2025-06-30', NULL, FALSE,
       'Nghị quyết 725/NQ-UBTVQH15 (13/02/2023, hiệu lực 10/4/2023) thành lập TP Tân Uyên (reverland.vn, thoimoi.vn); 4 phường Vĩnh Tân, Phú Chánh, Tân Vĩnh Hiệp, Hội Nghĩa lên phường năm 2020'
  FROM org_unit WHERE code = '000.00.24.H12';
-- Bàu Bàng
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.25.01.H12', 'Ủy ban nhân dân thị trấn Lai Uyên', 'TT Lai Uyên (Bàu Bàng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.25.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.25.02.H12', 'Ủy ban nhân dân xã Trừ Văn Thố', 'X. Trừ Văn Thố (Bàu Bàng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.25.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.25.03.H12', 'Ủy ban nhân dân xã Cây Trường II', 'X. Cây Trường II (Bàu Bàng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.25.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.25.04.H12', 'Ủy ban nhân dân xã Lai Hưng', 'X. Lai Hưng (Bàu Bàng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.25.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.25.05.H12', 'Ủy ban nhân dân xã Tân Hưng', 'X. Tân Hưng (Bàu Bàng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.25.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.25.06.H12', 'Ủy ban nhân dân xã Hưng Hòa', 'X. Hưng Hòa (Bàu Bàng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.25.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.25.07.H12', 'Ủy ban nhân dân xã Long Nguyên', 'X. Long Nguyên (Bàu Bàng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.25.H12';
-- Bắc Tân Uyên
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.01.H12', 'Ủy ban nhân dân thị trấn Tân Thành', 'TT Tân Thành (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.02.H12', 'Ủy ban nhân dân thị trấn Tân Bình', 'TT Tân Bình (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.03.H12', 'Ủy ban nhân dân xã Bình Mỹ', 'X. Bình Mỹ (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.04.H12', 'Ủy ban nhân dân xã Đất Cuốc', 'X. Đất Cuốc (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.05.H12', 'Ủy ban nhân dân xã Hiếu Liêm', 'X. Hiếu Liêm (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.06.H12', 'Ủy ban nhân dân xã Lạc An', 'X. Lạc An (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.07.H12', 'Ủy ban nhân dân xã Tân Định', 'X. Tân Định (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.08.H12', 'Ủy ban nhân dân xã Tân Lập', 'X. Tân Lập (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.09.H12', 'Ủy ban nhân dân xã Tân Mỹ', 'X. Tân Mỹ (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.26.10.H12', 'Ủy ban nhân dân xã Thường Tân', 'X. Thường Tân (Bắc Tân Uyên)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15; thị trấn Tân Bình: Nghị quyết 1110/NQ-UBTVQH14 (hiệu lực 01/02/2021)'
  FROM org_unit WHERE code = '000.00.26.H12';
-- Dầu Tiếng
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.01.H12', 'Ủy ban nhân dân thị trấn Dầu Tiếng', 'TT Dầu Tiếng (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.02.H12', 'Ủy ban nhân dân xã An Lập', 'X. An Lập (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.03.H12', 'Ủy ban nhân dân xã Định An', 'X. Định An (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.04.H12', 'Ủy ban nhân dân xã Định Hiệp', 'X. Định Hiệp (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.05.H12', 'Ủy ban nhân dân xã Định Thành', 'X. Định Thành (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.06.H12', 'Ủy ban nhân dân xã Long Hòa', 'X. Long Hòa (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.07.H12', 'Ủy ban nhân dân xã Long Tân', 'X. Long Tân (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.08.H12', 'Ủy ban nhân dân xã Minh Hòa', 'X. Minh Hòa (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.09.H12', 'Ủy ban nhân dân xã Minh Tân', 'X. Minh Tân (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.10.H12', 'Ủy ban nhân dân xã Minh Thạnh', 'X. Minh Thạnh (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.11.H12', 'Ủy ban nhân dân xã Thanh An', 'X. Thanh An (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.27.12.H12', 'Ủy ban nhân dân xã Thanh Tuyền', 'X. Thanh Tuyền (Dầu Tiếng)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.27.H12';
-- Phú Giáo
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.01.H12', 'Ủy ban nhân dân thị trấn Phước Vĩnh', 'TT Phước Vĩnh (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.02.H12', 'Ủy ban nhân dân xã An Bình', 'X. An Bình (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.03.H12', 'Ủy ban nhân dân xã An Linh', 'X. An Linh (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.04.H12', 'Ủy ban nhân dân xã An Long', 'X. An Long (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.05.H12', 'Ủy ban nhân dân xã An Thái', 'X. An Thái (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.06.H12', 'Ủy ban nhân dân xã Phước Hòa', 'X. Phước Hòa (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.07.H12', 'Ủy ban nhân dân xã Phước Sang', 'X. Phước Sang (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.08.H12', 'Ủy ban nhân dân xã Tam Lập', 'X. Tam Lập (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.09.H12', 'Ủy ban nhân dân xã Tân Hiệp', 'X. Tân Hiệp (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.10.H12', 'Ủy ban nhân dân xã Tân Long', 'X. Tân Long (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.28.11.H12', 'Ủy ban nhân dân xã Vĩnh Hòa', 'X. Vĩnh Hòa (Phú Giáo)', 'COMMUNE', id, '2024-05-01', '2025-06-30', NULL, FALSE,
       'Ngày quy ước; Danh sách 91 ĐVHC cấp xã (47 phường, 5 thị trấn, 39 xã) tại thời điểm thành lập TP Bến Cát (vietbao.vn 03/2024); tên đơn vị đối chiếu bảng tổng hợp NQ 1685/NQ-UBTVQH15'
  FROM org_unit WHERE code = '000.00.28.H12';

-- 5. Inner departments of TP Thủ Dầu Một (to 2025-06-30).
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.60.H12', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố Thủ Dầu Một', 'VP HĐND-UBND TP TDM', 'INNER_DEPARTMENT', id, '2012-05-02', '2025-06-30', NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND thành phố thuộc tỉnh theo Nghị định 37/2014/NĐ-CP, sửa đổi bởi Nghị định 108/2020/NĐ-CP (Phòng Quản lý đô thị, Phòng Kinh tế đối với thành phố); tên cụ thể tại TP Thủ Dầu Một chưa đối chiếu quyết định tổ chức'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.61.H12', 'Phòng Tư pháp thành phố Thủ Dầu Một', 'Phòng Tư pháp TP TDM', 'INNER_DEPARTMENT', id, '2012-05-02', '2025-06-30', NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND thành phố thuộc tỉnh theo Nghị định 37/2014/NĐ-CP, sửa đổi bởi Nghị định 108/2020/NĐ-CP (Phòng Quản lý đô thị, Phòng Kinh tế đối với thành phố); tên cụ thể tại TP Thủ Dầu Một chưa đối chiếu quyết định tổ chức'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.62.H12', 'Phòng Tài nguyên và Môi trường thành phố Thủ Dầu Một', 'Phòng TN&MT TP TDM', 'INNER_DEPARTMENT', id, '2012-05-02', '2025-06-30', NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND thành phố thuộc tỉnh theo Nghị định 37/2014/NĐ-CP, sửa đổi bởi Nghị định 108/2020/NĐ-CP (Phòng Quản lý đô thị, Phòng Kinh tế đối với thành phố); tên cụ thể tại TP Thủ Dầu Một chưa đối chiếu quyết định tổ chức'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.63.H12', 'Phòng Quản lý đô thị thành phố Thủ Dầu Một', 'Phòng QLĐT TP TDM', 'INNER_DEPARTMENT', id, '2012-05-02', '2025-06-30', NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND thành phố thuộc tỉnh theo Nghị định 37/2014/NĐ-CP, sửa đổi bởi Nghị định 108/2020/NĐ-CP (Phòng Quản lý đô thị, Phòng Kinh tế đối với thành phố); tên cụ thể tại TP Thủ Dầu Một chưa đối chiếu quyết định tổ chức'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.64.H12', 'Phòng Tài chính - Kế hoạch thành phố Thủ Dầu Một', 'Phòng TC-KH TP TDM', 'INNER_DEPARTMENT', id, '2012-05-02', '2025-06-30', NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND thành phố thuộc tỉnh theo Nghị định 37/2014/NĐ-CP, sửa đổi bởi Nghị định 108/2020/NĐ-CP (Phòng Quản lý đô thị, Phòng Kinh tế đối với thành phố); tên cụ thể tại TP Thủ Dầu Một chưa đối chiếu quyết định tổ chức'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.65.H12', 'Phòng Kinh tế thành phố Thủ Dầu Một', 'Phòng Kinh tế TP TDM', 'INNER_DEPARTMENT', id, '2012-05-02', '2025-06-30', NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND thành phố thuộc tỉnh theo Nghị định 37/2014/NĐ-CP, sửa đổi bởi Nghị định 108/2020/NĐ-CP (Phòng Quản lý đô thị, Phòng Kinh tế đối với thành phố); tên cụ thể tại TP Thủ Dầu Một chưa đối chiếu quyết định tổ chức'
  FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.20.66.H12', 'Phòng Lao động - Thương binh và Xã hội thành phố Thủ Dầu Một', 'Phòng LĐTBXH TP TDM', 'INNER_DEPARTMENT', id, '2012-05-02', '2025-06-30', NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND thành phố thuộc tỉnh theo Nghị định 37/2014/NĐ-CP, sửa đổi bởi Nghị định 108/2020/NĐ-CP (Phòng Quản lý đô thị, Phòng Kinh tế đối với thành phố); tên cụ thể tại TP Thủ Dầu Một chưa đối chiếu quyết định tổ chức'
  FROM org_unit WHERE code = '000.00.20.H12';

-- 6. Ho Chi Minh City departments from 2025-07-01 (successors of the Bình Dương departments).
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.01.H29', 'Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh', 'VP UBND TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.02.H29', 'Sở Nội vụ Thành phố Hồ Chí Minh', 'Sở Nội vụ TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.03.H29', 'Sở Tư pháp Thành phố Hồ Chí Minh', 'Sở Tư pháp TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.04.H29', 'Sở Tài chính Thành phố Hồ Chí Minh', 'Sở Tài chính TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.05.H29', 'Sở Công Thương Thành phố Hồ Chí Minh', 'Sở Công Thương TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.06.H29', 'Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh', 'Sở NN&MT TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.07.H29', 'Sở Xây dựng Thành phố Hồ Chí Minh', 'Sở Xây dựng TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.08.H29', 'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', 'Sở KH&CN TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.09.H29', 'Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh', 'Sở VH&TT TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.10.H29', 'Sở Du lịch Thành phố Hồ Chí Minh', 'Sở Du lịch TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.11.H29', 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', 'Sở GD&ĐT TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.12.H29', 'Sở Y tế Thành phố Hồ Chí Minh', 'Sở Y tế TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.13.H29', 'Sở Ngoại vụ Thành phố Hồ Chí Minh', 'Sở Ngoại vụ TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.14.H29', 'Sở Dân tộc và Tôn giáo Thành phố Hồ Chí Minh', 'Sở DT&TG TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.15.H29', 'Sở An toàn thực phẩm Thành phố Hồ Chí Minh', 'Sở ATTP TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.00.16.H29', 'Thanh tra Thành phố Hồ Chí Minh', 'Thanh tra TP.HCM', 'DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       '15 cơ quan chuyên môn và Sở An toàn thực phẩm thuộc UBND TP.HCM sau sắp xếp 2025 (laodong.vn 02/2025 và 18/4/2025; kinhtedothi.vn; vietnam.vn 2025: Sở Xây dựng hợp nhất Sở Giao thông công chánh từ 01/5/2025; Sở Nông nghiệp và Môi trường từ 01/5/2025)'
  FROM org_unit WHERE code = '000.00.00.H29';

-- 7. New commune-level units on former Bình Dương territory (000.30.01.H29 exists), from 2025-07-01.
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.02.H29', 'Ủy ban nhân dân phường Phú Lợi', 'P. Phú Lợi', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Phú Hòa (Thủ Dầu Một), phường Phú Lợi (Thủ Dầu Một), phường Hiệp Thành (Thủ Dầu Một)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.03.H29', 'Ủy ban nhân dân phường Chánh Hiệp', 'P. Chánh Hiệp', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Định Hòa (Thủ Dầu Một), phường Tương Bình Hiệp (Thủ Dầu Một), phường Hiệp An (Thủ Dầu Một), phường Chánh Mỹ (Thủ Dầu Một)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.04.H29', 'Ủy ban nhân dân phường Bình Dương', 'P. Bình Dương', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Phú Mỹ (Thủ Dầu Một), phường Hòa Phú (Thủ Dầu Một), phường Phú Tân (Thủ Dầu Một), phường Phú Chánh (Tân Uyên)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.05.H29', 'Ủy ban nhân dân phường Phú An', 'P. Phú An', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Tân An (Thủ Dầu Một), xã Phú An (Bến Cát), phường Hiệp An (Thủ Dầu Một)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.06.H29', 'Ủy ban nhân dân phường Đông Hòa', 'P. Đông Hòa', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Bình An (Dĩ An), phường Bình Thắng (Dĩ An), phường Đông Hòa (Dĩ An)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.07.H29', 'Ủy ban nhân dân phường Dĩ An', 'P. Dĩ An', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường An Bình (Dĩ An), phường Dĩ An (Dĩ An), phường Tân Đông Hiệp (Dĩ An)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.08.H29', 'Ủy ban nhân dân phường Tân Đông Hiệp', 'P. Tân Đông Hiệp', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Tân Bình (Dĩ An), phường Thái Hòa (Tân Uyên), phường Tân Đông Hiệp (Dĩ An)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.09.H29', 'Ủy ban nhân dân phường An Phú', 'P. An Phú', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường An Phú (Thuận An), phường Bình Chuẩn (Thuận An)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.10.H29', 'Ủy ban nhân dân phường Bình Hòa', 'P. Bình Hòa', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Bình Hòa (Thuận An), phường Vĩnh Phú (Thuận An)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.11.H29', 'Ủy ban nhân dân phường Lái Thiêu', 'P. Lái Thiêu', 'COMMUNE', id, '2025-07-01', NULL, 'Đường Phan Đình Phùng, khu phố Chợ (trụ sở Ủy ban nhân dân thành phố Thuận An cũ)', FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Bình Nhâm (Thuận An), phường Lái Thiêu (Thuận An), phường Vĩnh Phú (Thuận An); trụ sở: vietnamnet.vn 29/6/2025; soha.vn 12/5/2025'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.12.H29', 'Ủy ban nhân dân phường Thuận An', 'P. Thuận An', 'COMMUNE', id, '2025-07-01', NULL, 'Số 289 đường Hưng Định 31, khu phố Hưng Thọ (trụ sở phường Hưng Định cũ)', FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Hưng Định (Thuận An), phường An Thạnh (Thuận An), xã An Sơn (Thuận An); trụ sở: vietnamnet.vn 29/6/2025; soha.vn 12/5/2025'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.13.H29', 'Ủy ban nhân dân phường Thuận Giao', 'P. Thuận Giao', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Thuận Giao (Thuận An), phường Bình Chuẩn (Thuận An)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.14.H29', 'Ủy ban nhân dân phường Hòa Lợi', 'P. Hòa Lợi', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Tân Định (Bến Cát), phường Hòa Lợi (Bến Cát)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.15.H29', 'Ủy ban nhân dân phường Tây Nam', 'P. Tây Nam', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường An Tây (Bến Cát), xã Thanh Tuyền (Dầu Tiếng), xã An Lập (Dầu Tiếng)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.16.H29', 'Ủy ban nhân dân phường Long Nguyên', 'P. Long Nguyên', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường An Điền (Bến Cát), xã Long Nguyên (Bàu Bàng), phường Mỹ Phước (Bến Cát)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.17.H29', 'Ủy ban nhân dân phường Bến Cát', 'P. Bến Cát', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Tân Hưng (Bàu Bàng), xã Lai Hưng (Bàu Bàng), phường Mỹ Phước (Bến Cát)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.18.H29', 'Ủy ban nhân dân phường Chánh Phú Hòa', 'P. Chánh Phú Hòa', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Chánh Phú Hòa (Bến Cát), xã Hưng Hòa (Bàu Bàng)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.19.H29', 'Ủy ban nhân dân phường Thới Hòa', 'P. Thới Hòa', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Thới Hòa (Bến Cát)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.20.H29', 'Ủy ban nhân dân phường Vĩnh Tân', 'P. Vĩnh Tân', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Vĩnh Tân (Tân Uyên), thị trấn Tân Bình (Bắc Tân Uyên)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.21.H29', 'Ủy ban nhân dân phường Bình Cơ', 'P. Bình Cơ', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Bình Mỹ (Bắc Tân Uyên), phường Hội Nghĩa (Tân Uyên)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.22.H29', 'Ủy ban nhân dân phường Tân Uyên', 'P. Tân Uyên', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Uyên Hưng (Tân Uyên), xã Bạch Đằng (Tân Uyên), xã Tân Lập (Bắc Tân Uyên), xã Tân Mỹ (Bắc Tân Uyên)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.23.H29', 'Ủy ban nhân dân phường Tân Hiệp', 'P. Tân Hiệp', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Khánh Bình (Tân Uyên), phường Tân Hiệp (Tân Uyên)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.24.H29', 'Ủy ban nhân dân phường Tân Khánh', 'P. Tân Khánh', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: phường Thạnh Phước (Tân Uyên), phường Tân Phước Khánh (Tân Uyên), phường Tân Vĩnh Hiệp (Tân Uyên), xã Thạnh Hội (Tân Uyên), phường Thái Hòa (Tân Uyên)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.25.H29', 'Ủy ban nhân dân xã Thường Tân', 'X. Thường Tân', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Lạc An (Bắc Tân Uyên), xã Hiếu Liêm (Bắc Tân Uyên), xã Thường Tân (Bắc Tân Uyên), xã Tân Mỹ (Bắc Tân Uyên)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.26.H29', 'Ủy ban nhân dân xã Bắc Tân Uyên', 'X. Bắc Tân Uyên', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: thị trấn Tân Thành (Bắc Tân Uyên), xã Đất Cuốc (Bắc Tân Uyên), xã Tân Định (Bắc Tân Uyên)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.27.H29', 'Ủy ban nhân dân xã Phú Giáo', 'X. Phú Giáo', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: thị trấn Phước Vĩnh (Phú Giáo), xã An Bình (Phú Giáo), xã Tam Lập (Phú Giáo)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.28.H29', 'Ủy ban nhân dân xã Phước Hòa', 'X. Phước Hòa', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Vĩnh Hòa (Phú Giáo), xã Phước Hòa (Phú Giáo), xã Tam Lập (Phú Giáo)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.29.H29', 'Ủy ban nhân dân xã Phước Thành', 'X. Phước Thành', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Tân Hiệp (Phú Giáo), xã An Thái (Phú Giáo), xã Phước Sang (Phú Giáo)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.30.H29', 'Ủy ban nhân dân xã An Long', 'X. An Long', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã An Linh (Phú Giáo), xã Tân Long (Phú Giáo), xã An Long (Phú Giáo)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.31.H29', 'Ủy ban nhân dân xã Trừ Văn Thố', 'X. Trừ Văn Thố', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Trừ Văn Thố (Bàu Bàng), xã Cây Trường II (Bàu Bàng), thị trấn Lai Uyên (Bàu Bàng)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.32.H29', 'Ủy ban nhân dân xã Bàu Bàng', 'X. Bàu Bàng', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: thị trấn Lai Uyên (Bàu Bàng)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.33.H29', 'Ủy ban nhân dân xã Long Hòa', 'X. Long Hòa', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Long Tân (Dầu Tiếng), xã Long Hòa (Dầu Tiếng), xã Minh Tân (Dầu Tiếng), xã Minh Thạnh (Dầu Tiếng)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.34.H29', 'Ủy ban nhân dân xã Thanh An', 'X. Thanh An', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Thanh An (Dầu Tiếng), xã Định Hiệp (Dầu Tiếng), xã Thanh Tuyền (Dầu Tiếng), xã An Lập (Dầu Tiếng)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.35.H29', 'Ủy ban nhân dân xã Dầu Tiếng', 'X. Dầu Tiếng', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: thị trấn Dầu Tiếng (Dầu Tiếng), xã Định An (Dầu Tiếng), xã Định Thành (Dầu Tiếng), xã Định Hiệp (Dầu Tiếng)'
  FROM org_unit WHERE code = '000.00.00.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.30.36.H29', 'Ủy ban nhân dân xã Minh Thạnh', 'X. Minh Thạnh', 'COMMUNE', id, '2025-07-01', NULL, NULL, FALSE,
       'Nghị quyết 1685/NQ-UBTVQH15 (16/6/2025) sắp xếp ĐVHC cấp xã TP.HCM; thành phần theo bảng tổng hợp công khai của nghị quyết (nbang/nbang.github.io hcm-data.json); thành lập trên cơ sở toàn bộ hoặc một phần: xã Minh Hòa (Dầu Tiếng), xã Minh Tân (Dầu Tiếng), xã Minh Thạnh (Dầu Tiếng)'
  FROM org_unit WHERE code = '000.00.00.H29';

-- 8. Inner units of the new UBND phường Thủ Dầu Một, from 2025-07-01.
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.31.01.H29', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Thủ Dầu Một', 'VP HĐND-UBND P. Thủ Dầu Một', 'INNER_DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND phường theo Nghị định 150/2025/NĐ-CP (Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội); Trung tâm Phục vụ hành chính công cấp xã theo Nghị định 118/2025/NĐ-CP'
  FROM org_unit WHERE code = '000.30.01.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.31.02.H29', 'Phòng Kinh tế, Hạ tầng và Đô thị phường Thủ Dầu Một', 'Phòng KT-HT-ĐT P. Thủ Dầu Một', 'INNER_DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND phường theo Nghị định 150/2025/NĐ-CP (Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội); Trung tâm Phục vụ hành chính công cấp xã theo Nghị định 118/2025/NĐ-CP'
  FROM org_unit WHERE code = '000.30.01.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.31.03.H29', 'Phòng Văn hóa - Xã hội phường Thủ Dầu Một', 'Phòng VH-XH P. Thủ Dầu Một', 'INNER_DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND phường theo Nghị định 150/2025/NĐ-CP (Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội); Trung tâm Phục vụ hành chính công cấp xã theo Nghị định 118/2025/NĐ-CP'
  FROM org_unit WHERE code = '000.30.01.H29';
INSERT INTO org_unit (code, name, short_name, unit_level, parent_id, valid_from, valid_to, address, code_verified, source)
SELECT '000.31.04.H29', 'Trung tâm Phục vụ hành chính công phường Thủ Dầu Một', 'TTPVHCC P. Thủ Dầu Một', 'INNER_DEPARTMENT', id, '2025-07-01', NULL, NULL, FALSE,
       'Cơ quan chuyên môn thuộc UBND phường theo Nghị định 150/2025/NĐ-CP (Văn phòng HĐND và UBND, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội); Trung tâm Phục vụ hành chính công cấp xã theo Nghị định 118/2025/NĐ-CP'
  FROM org_unit WHERE code = '000.30.01.H29';

-- 9. Successions on 2025-07-01: every unit closed on 2025-06-30 names at least one successor.
-- Province
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Nghị quyết 202/2025/QH15: tỉnh Bình Dương hợp nhất vào Thành phố Hồ Chí Minh'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.00.H12';
-- Departments
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.01.H29' WHERE p.code = '000.00.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.02.H29' WHERE p.code = '000.00.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.03.H29' WHERE p.code = '000.00.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính (mô hình TP.HCM 2025)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.04.H29' WHERE p.code = '000.00.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.04.H29' WHERE p.code = '000.00.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.05.H29' WHERE p.code = '000.00.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sở Nông nghiệp và Môi trường TP.HCM (hợp nhất TN&MT và NN&PTNT)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.06.H29' WHERE p.code = '000.00.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Lĩnh vực giao thông thuộc Sở Xây dựng TP.HCM từ 01/5/2025'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.07.H29' WHERE p.code = '000.00.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.07.H29' WHERE p.code = '000.00.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sở Nông nghiệp và Môi trường TP.HCM (hợp nhất TN&MT và NN&PTNT)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.06.H29' WHERE p.code = '000.00.10.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.08.H29' WHERE p.code = '000.00.11.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sở Nội vụ TP.HCM tiếp nhận lao động, người có công; phân giao bảo trợ xã hội, trẻ em chưa xác minh'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.02.H29' WHERE p.code = '000.00.12.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'TP.HCM có Sở Văn hóa và Thể thao và Sở Du lịch riêng'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.09.H29' WHERE p.code = '000.00.13.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'TP.HCM có Sở Văn hóa và Thể thao và Sở Du lịch riêng'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.10.H29' WHERE p.code = '000.00.13.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.08.H29' WHERE p.code = '000.00.14.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.11.H29' WHERE p.code = '000.00.15.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.12.H29' WHERE p.code = '000.00.16.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.13.H29' WHERE p.code = '000.00.17.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Cơ quan tương ứng của TP.HCM sau hợp nhất'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.16.H29' WHERE p.code = '000.00.18.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Không tìm thấy văn bản về đơn vị kế thừa; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.19.H12';
-- Districts: the district level ended; UBND TP.HCM plus the new units on their territory
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.20.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.01.H29' WHERE p.code = '000.00.20.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.02.H29' WHERE p.code = '000.00.20.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.03.H29' WHERE p.code = '000.00.20.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.04.H29' WHERE p.code = '000.00.20.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.05.H29' WHERE p.code = '000.00.20.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.21.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.09.H29' WHERE p.code = '000.00.21.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.10.H29' WHERE p.code = '000.00.21.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.11.H29' WHERE p.code = '000.00.21.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.12.H29' WHERE p.code = '000.00.21.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.13.H29' WHERE p.code = '000.00.21.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.22.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.06.H29' WHERE p.code = '000.00.22.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.07.H29' WHERE p.code = '000.00.22.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.08.H29' WHERE p.code = '000.00.22.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.23.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.05.H29' WHERE p.code = '000.00.23.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.14.H29' WHERE p.code = '000.00.23.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.15.H29' WHERE p.code = '000.00.23.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.16.H29' WHERE p.code = '000.00.23.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.17.H29' WHERE p.code = '000.00.23.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.18.H29' WHERE p.code = '000.00.23.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.19.H29' WHERE p.code = '000.00.23.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.24.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.04.H29' WHERE p.code = '000.00.24.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.08.H29' WHERE p.code = '000.00.24.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.20.H29' WHERE p.code = '000.00.24.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.21.H29' WHERE p.code = '000.00.24.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.22.H29' WHERE p.code = '000.00.24.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.23.H29' WHERE p.code = '000.00.24.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.24.H29' WHERE p.code = '000.00.24.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.25.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.16.H29' WHERE p.code = '000.00.25.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.17.H29' WHERE p.code = '000.00.25.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.18.H29' WHERE p.code = '000.00.25.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.31.H29' WHERE p.code = '000.00.25.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.32.H29' WHERE p.code = '000.00.25.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.26.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.20.H29' WHERE p.code = '000.00.26.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.21.H29' WHERE p.code = '000.00.26.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.22.H29' WHERE p.code = '000.00.26.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.25.H29' WHERE p.code = '000.00.26.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.26.H29' WHERE p.code = '000.00.26.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.27.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.15.H29' WHERE p.code = '000.00.27.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.33.H29' WHERE p.code = '000.00.27.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.34.H29' WHERE p.code = '000.00.27.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.35.H29' WHERE p.code = '000.00.27.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.36.H29' WHERE p.code = '000.00.27.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.00.28.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.27.H29' WHERE p.code = '000.00.28.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.28.H29' WHERE p.code = '000.00.28.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.29.H29' WHERE p.code = '000.00.28.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Địa bàn thuộc đơn vị cấp xã mới theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.30.H29' WHERE p.code = '000.00.28.H12';
-- Communes: into the new units that took their area (whole or part)
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.01.H29' WHERE p.code = '000.20.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích); dự thảo 04/2025 (plo.vn) ghi một phần vào phường Chánh Hiệp; bảng tổng hợp NQ 1685 ghi phường Thủ Dầu Một và Phú Lợi'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.01.H29' WHERE p.code = '000.20.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích); dự thảo 04/2025 (plo.vn) ghi một phần vào phường Chánh Hiệp; bảng tổng hợp NQ 1685 ghi phường Thủ Dầu Một và Phú Lợi'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.02.H29' WHERE p.code = '000.20.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.01.H29' WHERE p.code = '000.20.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.01.H29' WHERE p.code = '000.20.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.02.H29' WHERE p.code = '000.20.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.02.H29' WHERE p.code = '000.20.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.03.H29' WHERE p.code = '000.20.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.05.H29' WHERE p.code = '000.20.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.03.H29' WHERE p.code = '000.20.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.04.H29' WHERE p.code = '000.20.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.04.H29' WHERE p.code = '000.20.10.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.04.H29' WHERE p.code = '000.20.11.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.03.H29' WHERE p.code = '000.20.12.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.05.H29' WHERE p.code = '000.20.13.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.01.H29' WHERE p.code = '000.20.14.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.03.H29' WHERE p.code = '000.20.14.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.11.H29' WHERE p.code = '000.21.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.12.H29' WHERE p.code = '000.21.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.10.H29' WHERE p.code = '000.21.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.11.H29' WHERE p.code = '000.21.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.10.H29' WHERE p.code = '000.21.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.11.H29' WHERE p.code = '000.21.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.13.H29' WHERE p.code = '000.21.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.09.H29' WHERE p.code = '000.21.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.09.H29' WHERE p.code = '000.21.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.13.H29' WHERE p.code = '000.21.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.12.H29' WHERE p.code = '000.21.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.12.H29' WHERE p.code = '000.21.10.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.07.H29' WHERE p.code = '000.22.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.07.H29' WHERE p.code = '000.22.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.07.H29' WHERE p.code = '000.22.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.08.H29' WHERE p.code = '000.22.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.06.H29' WHERE p.code = '000.22.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.08.H29' WHERE p.code = '000.22.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.06.H29' WHERE p.code = '000.22.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.06.H29' WHERE p.code = '000.22.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.16.H29' WHERE p.code = '000.23.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.17.H29' WHERE p.code = '000.23.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.18.H29' WHERE p.code = '000.23.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.14.H29' WHERE p.code = '000.23.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.14.H29' WHERE p.code = '000.23.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.19.H29' WHERE p.code = '000.23.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.16.H29' WHERE p.code = '000.23.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.15.H29' WHERE p.code = '000.23.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.05.H29' WHERE p.code = '000.23.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.22.H29' WHERE p.code = '000.24.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.24.H29' WHERE p.code = '000.24.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.08.H29' WHERE p.code = '000.24.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.24.H29' WHERE p.code = '000.24.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.24.H29' WHERE p.code = '000.24.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.23.H29' WHERE p.code = '000.24.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.23.H29' WHERE p.code = '000.24.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.20.H29' WHERE p.code = '000.24.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.04.H29' WHERE p.code = '000.24.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.24.H29' WHERE p.code = '000.24.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.21.H29' WHERE p.code = '000.24.10.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.22.H29' WHERE p.code = '000.24.11.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.24.H29' WHERE p.code = '000.24.12.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.31.H29' WHERE p.code = '000.25.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.32.H29' WHERE p.code = '000.25.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.31.H29' WHERE p.code = '000.25.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.31.H29' WHERE p.code = '000.25.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.17.H29' WHERE p.code = '000.25.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.17.H29' WHERE p.code = '000.25.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.18.H29' WHERE p.code = '000.25.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.16.H29' WHERE p.code = '000.25.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.26.H29' WHERE p.code = '000.26.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.20.H29' WHERE p.code = '000.26.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.21.H29' WHERE p.code = '000.26.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.26.H29' WHERE p.code = '000.26.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.25.H29' WHERE p.code = '000.26.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.25.H29' WHERE p.code = '000.26.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.26.H29' WHERE p.code = '000.26.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.22.H29' WHERE p.code = '000.26.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.22.H29' WHERE p.code = '000.26.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.25.H29' WHERE p.code = '000.26.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.25.H29' WHERE p.code = '000.26.10.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.35.H29' WHERE p.code = '000.27.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.15.H29' WHERE p.code = '000.27.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.34.H29' WHERE p.code = '000.27.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.35.H29' WHERE p.code = '000.27.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.34.H29' WHERE p.code = '000.27.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.35.H29' WHERE p.code = '000.27.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.35.H29' WHERE p.code = '000.27.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.33.H29' WHERE p.code = '000.27.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.33.H29' WHERE p.code = '000.27.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.36.H29' WHERE p.code = '000.27.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.33.H29' WHERE p.code = '000.27.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.36.H29' WHERE p.code = '000.27.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.33.H29' WHERE p.code = '000.27.10.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.36.H29' WHERE p.code = '000.27.10.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.34.H29' WHERE p.code = '000.27.11.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.15.H29' WHERE p.code = '000.27.12.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.34.H29' WHERE p.code = '000.27.12.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.27.H29' WHERE p.code = '000.28.01.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.27.H29' WHERE p.code = '000.28.02.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15; dự thảo 04/2025 (plo.vn) ghi An Linh, An Long, Tân Long hợp thành xã Phú Giáo; bảng tổng hợp NQ 1685 ghi xã An Long'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.30.H29' WHERE p.code = '000.28.03.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15; dự thảo 04/2025 (plo.vn) ghi vào xã Phú Giáo; bảng tổng hợp NQ 1685 ghi xã An Long'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.30.H29' WHERE p.code = '000.28.04.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.29.H29' WHERE p.code = '000.28.05.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.28.H29' WHERE p.code = '000.28.06.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.29.H29' WHERE p.code = '000.28.07.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.27.H29' WHERE p.code = '000.28.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15 (một phần diện tích)'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.28.H29' WHERE p.code = '000.28.08.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.29.H29' WHERE p.code = '000.28.09.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15; dự thảo 04/2025 (plo.vn) ghi vào xã Phú Giáo; bảng tổng hợp NQ 1685 ghi xã An Long'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.30.H29' WHERE p.code = '000.28.10.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Sắp xếp theo Nghị quyết 1685/NQ-UBTVQH15'
  FROM org_unit p JOIN org_unit s ON s.code = '000.30.28.H29' WHERE p.code = '000.28.11.H12';
-- Inner departments of TP Thủ Dầu Một
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Không tìm thấy nghị quyết sắp xếp chi tiết; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.20.60.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Không tìm thấy nghị quyết sắp xếp chi tiết; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.20.61.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Không tìm thấy nghị quyết sắp xếp chi tiết; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.20.62.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Không tìm thấy nghị quyết sắp xếp chi tiết; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.20.63.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Không tìm thấy nghị quyết sắp xếp chi tiết; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.20.64.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Không tìm thấy nghị quyết sắp xếp chi tiết; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.20.65.H12';
INSERT INTO org_unit_succession (predecessor_id, successor_id, effective_on, note)
SELECT p.id, s.id, '2025-07-01', 'Không tìm thấy nghị quyết sắp xếp chi tiết; kế thừa chung'
  FROM org_unit p JOIN org_unit s ON s.code = '000.00.00.H29' WHERE p.code = '000.20.66.H12';

-- 10. One-stop desks of the units that receive dossiers.
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công tỉnh Bình Dương', 'Tầng trệt, Tòa nhà Trung tâm Hành chính tập trung tỉnh Bình Dương, đường Lê Lợi, phường Hòa Phú, thành phố Thủ Dầu Một', NULL, '2014-02-20', valid_to FROM org_unit WHERE code = '000.00.00.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thành phố Thủ Dầu Một', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.20.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thành phố Thuận An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.21.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thành phố Dĩ An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.22.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thành phố Bến Cát', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.23.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thành phố Tân Uyên', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.24.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân huyện Bàu Bàng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.25.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân huyện Bắc Tân Uyên', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.26.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân huyện Dầu Tiếng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.27.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân huyện Phú Giáo', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.00.28.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Phú Cường', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Hiệp Thành', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Chánh Nghĩa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Phú Thọ', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Phú Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Phú Lợi', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Hiệp An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Định Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.08.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Phú Mỹ', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.09.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Hòa Phú', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.10.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Phú Tân', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.11.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Tương Bình Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.12.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Tân An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.13.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Chánh Mỹ', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.20.14.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Lái Thiêu', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường An Thạnh', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Vĩnh Phú', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Bình Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Bình Nhâm', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Thuận Giao', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường An Phú', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Bình Chuẩn', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.08.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Hưng Định', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.09.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã An Sơn', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.21.10.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Dĩ An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.22.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường An Bình', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.22.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Tân Đông Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.22.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Đông Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.22.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Tân Bình', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.22.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Bình An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.22.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Bình Thắng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.22.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Mỹ Phước', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.23.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Chánh Phú Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.23.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Hòa Lợi', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.23.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Tân Định', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.23.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Thới Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.23.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường An Điền', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.23.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường An Tây', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.23.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Phú An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.23.08.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Uyên Hưng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Tân Phước Khánh', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Thái Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Thạnh Phước', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Tân Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Khánh Bình', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Vĩnh Tân', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Phú Chánh', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.08.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Tân Vĩnh Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.09.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân phường Hội Nghĩa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.10.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Bạch Đằng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.11.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Thạnh Hội', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.24.12.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thị trấn Lai Uyên', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.25.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Trừ Văn Thố', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.25.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Cây Trường II', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.25.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Lai Hưng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.25.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Tân Hưng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.25.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Hưng Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.25.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Long Nguyên', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.25.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thị trấn Tân Thành', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thị trấn Tân Bình', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Bình Mỹ', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Đất Cuốc', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Hiếu Liêm', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Lạc An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Tân Định', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Tân Lập', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.08.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Tân Mỹ', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.09.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Thường Tân', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.26.10.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thị trấn Dầu Tiếng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã An Lập', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Định An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Định Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Định Thành', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Long Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Long Tân', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Minh Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.08.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Minh Tân', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.09.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Minh Thạnh', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.10.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Thanh An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.11.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Thanh Tuyền', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.27.12.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân thị trấn Phước Vĩnh', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.01.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã An Bình', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.02.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã An Linh', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.03.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã An Long', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.04.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã An Thái', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.05.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Phước Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.06.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Phước Sang', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.07.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Tam Lập', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.08.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Tân Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.09.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Tân Long', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.10.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Bộ phận Một cửa Ủy ban nhân dân xã Vĩnh Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.28.11.H12';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Thủ Dầu Một', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.01.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Phú Lợi', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.02.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Chánh Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.03.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Bình Dương', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.04.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Phú An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.05.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Đông Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.06.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Dĩ An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.07.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Tân Đông Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.08.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường An Phú', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.09.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Bình Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.10.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Lái Thiêu', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.11.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Thuận An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.12.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Thuận Giao', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.13.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Hòa Lợi', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.14.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Tây Nam', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.15.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Long Nguyên', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.16.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Bến Cát', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.17.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Chánh Phú Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.18.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Thới Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.19.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Vĩnh Tân', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.20.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Bình Cơ', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.21.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Tân Uyên', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.22.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Tân Hiệp', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.23.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công phường Tân Khánh', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.24.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Thường Tân', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.25.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Bắc Tân Uyên', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.26.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Phú Giáo', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.27.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Phước Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.28.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Phước Thành', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.29.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã An Long', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.30.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Trừ Văn Thố', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.31.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Bàu Bàng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.32.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Long Hòa', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.33.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Thanh An', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.34.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Dầu Tiếng', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.35.H29';
INSERT INTO service_desk (unit_id, name, address, phone, valid_from, valid_to)
SELECT id, 'Trung tâm Phục vụ hành chính công xã Minh Thạnh', NULL, NULL, valid_from, valid_to FROM org_unit WHERE code = '000.30.36.H29';
