/**
 * The NDA texts a deal's parties accept before confidential details are disclosed. Texts are
 * versioned and never edited once shipped: a change is a new version, and a deal records the
 * version its parties accepted. Written for ITTC as a standard mutual template; it is not legal
 * advice, and a center may ship its own version 2.
 */
export type NdaTemplate = {
  version: number;
  /** YYYY-MM-DD from which deals entering the NDA stage are asked to accept this version. */
  effectiveFrom: string;
  title: { en: string; zh: string };
  text: { en: string; zh: string };
};

const V1_EN = `MUTUAL NON-DISCLOSURE AGREEMENT (ITTC standard text, version 1)

Between the organization that owns the listing ("Owner") and the organization that expressed interest in it ("Interested Party"), together "the Parties", in connection with the deal recorded on the ITTC platform.

1. Purpose. The Parties wish to evaluate a possible cooperation concerning the technology, project or need described in the listing ("the Purpose"). For that Purpose each Party may disclose Confidential Information to the other.

2. Confidential Information. "Confidential Information" means the confidential details of the listing disclosed through the platform after both Parties have accepted this Agreement, and any technical, commercial or financial information a Party discloses in the deal's thread or documents and marks or describes as confidential, or that a reasonable person would understand to be confidential.

3. Exceptions. Information is not Confidential Information if the receiving Party can show that it (a) was publicly available when disclosed or became so without breach of this Agreement; (b) was lawfully known to it before disclosure; (c) was lawfully received from a third party without a duty of confidence; or (d) was developed independently without use of the Confidential Information.

4. Obligations. The receiving Party shall (a) use Confidential Information only for the Purpose; (b) not disclose it to anyone except its employees, advisers and affiliates who need to know it for the Purpose and are bound by obligations of confidence no less strict than these; (c) protect it with at least the care it uses for its own confidential information, and no less than reasonable care; (d) not reverse engineer, analyse or file patent applications based on any samples or information received.

5. Compelled disclosure. If law, regulation or a court or authority requires disclosure, the receiving Party may disclose only what is required, after notifying the disclosing Party where lawful so that it may seek protection.

6. No licence, no obligation. No licence or right under any patent, know-how or other intellectual property is granted by this Agreement. Neither Party is obliged to enter into any further agreement. Confidential Information is provided "as is".

7. Return and deletion. On request, or when the deal is closed, the receiving Party shall return or delete the Confidential Information, except copies kept under legal retention duties or in automatic backups, which remain subject to this Agreement.

8. Term. This Agreement takes effect when both Parties have accepted it on the platform. The obligations of confidence last five (5) years from each disclosure, and for trade secrets as long as they remain trade secrets.

9. Platform. The ITTC center and its brokers may read the deal's thread and documents in order to facilitate the deal and are bound to confidence by their own rules; they are not parties to this Agreement.

10. Law and disputes. This Agreement is governed by the law agreed in writing by the Parties or, failing such agreement, by the law of the Owner's seat. Disputes shall first be resolved by good-faith negotiation, with the center's mediation if both Parties request it.

11. Acceptance. Each Party accepts this Agreement by the action of an authorized member on the platform; the platform records who accepted, for which Party, and when. The English and Chinese texts are equally authentic.`;

const V1_ZH = `相互保密协议（ITTC 标准文本，第 1 版）

本协议由发布需求或成果信息的机构（"信息所有方"）与对该信息表达合作意向的机构（"意向方"）（合称"双方"）就 ITTC 平台上记录的该项合作洽谈订立。

一、目的。双方拟就信息中所述技术、项目或需求评估可能的合作（"合作目的"）。为此，任何一方均可能向另一方披露保密信息。

二、保密信息。"保密信息"指双方均接受本协议后通过平台披露的信息保密部分，以及一方在洽谈留言或文件中披露、并标明或说明为保密的，或一般理性人应当理解为保密的技术、商业或财务信息。

三、除外情形。接收方能够证明下列信息的，不属于保密信息：（一）披露时已为公众所知，或非因违反本协议而为公众所知；（二）披露前已合法知悉；（三）从不负保密义务的第三方合法取得；（四）未使用保密信息而独立开发。

四、保密义务。接收方应当：（一）仅为合作目的使用保密信息；（二）除因合作目的需要知悉、且负有不低于本协议保密义务的员工、顾问和关联方外，不向任何人披露；（三）以不低于保护自身保密信息的谨慎程度，且不低于合理谨慎程度，保护保密信息；（四）不得对所获样品或信息进行反向工程、分析，或据此申请专利。

五、依法披露。法律、法规、法院或主管机关要求披露的，接收方仅可披露要求的部分，并在法律允许时事先通知披露方，以便其寻求保护。

六、不授予许可、不设定义务。本协议不授予任何专利、技术秘密或其他知识产权的许可或权利。任何一方均无义务订立后续协议。保密信息按"现状"提供。

七、返还与删除。经披露方要求或洽谈结束时，接收方应返还或删除保密信息；依法律保存义务或自动备份保留的副本除外，但仍受本协议约束。

八、期限。本协议自双方均在平台上接受时生效。保密义务自每次披露起持续五（5）年；属于商业秘密的，在其仍为商业秘密期间持续有效。

九、平台。ITTC 中心及其技术经纪人为促成合作可查阅洽谈留言和文件，并受其自身规则的保密约束；其不是本协议的当事方。

十、法律适用与争议解决。本协议适用双方书面约定的法律；未约定的，适用信息所有方所在地法律。争议应首先通过友好协商解决；双方均提出请求的，可由中心调解。

十一、接受。各方由其授权成员在平台上操作接受本协议；平台记录接受人、所代表的一方及时间。中英文文本具有同等效力。`;

export const NDA_TEMPLATES: readonly NdaTemplate[] = [
  {
    version: 1,
    effectiveFrom: '2026-01-01',
    title: { en: 'Mutual Non-Disclosure Agreement (ITTC standard, v1)', zh: '相互保密协议（ITTC 标准文本，第 1 版）' },
    text: { en: V1_EN, zh: V1_ZH },
  },
];

/** The version new NDA stages ask for: the latest shipped one. */
export const CURRENT_NDA_VERSION: number = Math.max(...NDA_TEMPLATES.map((t) => t.version));

export const findNdaTemplate = (version: number): NdaTemplate | undefined => NDA_TEMPLATES.find((t) => t.version === version);
