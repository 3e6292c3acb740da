package vn.motcua.documents.rendering;

/**
 * Who signs an official document and in what capacity (Decree 30/2020/NĐ-CP, Art. 13 and Appendix I): the lines
 * above the position say for whom the signer signs, e.g.
 * <pre>
 *   TM. ỦY BAN NHÂN DÂN      (on behalf of a collective body)
 *   KT. CHỦ TỊCH             (a deputy signing for the head)
 *   PHÓ CHỦ TỊCH             (the signer's own position)
 *   Lê Văn Tâm
 * </pre>
 * "TL." (by order of the head, e.g. "TL. GIÁM ĐỐC" then "CHÁNH VĂN PHÒNG") takes the place of "KT.". Rendered by the
 * {@code signedBy} macro of {@code official.ftlx}; the space to sign in is left between the position and the name.
 *
 * @param onBehalfOf the collective body after "TM.", or null
 * @param deputyOf   the head's position after "KT.", or null
 * @param byOrderOf  the head's position after "TL.", or null
 * @param position   the signer's own position (e.g. "PHÓ CHỦ TỊCH", "NGƯỜI TIẾP NHẬN HỒ SƠ"), in capitals
 * @param name       the signer's name
 */
public record Signer(String onBehalfOf, String deputyOf, String byOrderOf, String position, String name) {

    public Signer {
        Letterhead.requireText(position, "signer position is required");
        Letterhead.requireText(name, "signer name is required");
        onBehalfOf = Letterhead.blankToNull(onBehalfOf);
        deputyOf = Letterhead.blankToNull(deputyOf);
        byOrderOf = Letterhead.blankToNull(byOrderOf);
        if (deputyOf != null && byOrderOf != null) {
            throw new IllegalArgumentException("a signer signs either as deputy (KT.) or by order (TL.), not both");
        }
    }

    /** A signer in their own capacity: the head, or a desk officer signing a slip. */
    public static Signer of(String position, String name) {
        return new Signer(null, null, null, position, name);
    }

    /** A deputy signing for the head: "KT. {head}" above "{position}". */
    public static Signer deputy(String head, String position, String name) {
        return new Signer(null, Letterhead.requireText(head, "the head's position is required"), null, position,
                name);
    }

    /** An official signing by order of the head: "TL. {head}" above "{position}". */
    public static Signer byOrder(String head, String position, String name) {
        return new Signer(null, null, Letterhead.requireText(head, "the head's position is required"), position,
                name);
    }

    /** The same signer signing on behalf of a collective body: "TM. {body}" on the first line. */
    public Signer forCollective(String body) {
        return new Signer(Letterhead.requireText(body, "the collective body is required"), deputyOf, byOrderOf,
                position, name);
    }
}
