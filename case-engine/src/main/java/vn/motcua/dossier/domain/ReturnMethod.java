package vn.motcua.dossier.domain;

/** How the desk returned a dossier's result to the applicant (DOMAIN.md §5.3). */
public enum ReturnMethod {
    /** Handed over at the desk that received the dossier, to the applicant or their authorised person. */
    AT_DESK,
    /** Sent by public post (dịch vụ bưu chính công ích), with its tracking number. */
    BY_POST,
    /** Delivered online: the signed electronic result in the applicant's account. */
    ONLINE
}
