package org.ecs.ocr.tesseract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptTextTest {

	@Test
	void shouldRemoveSpacesBetweenChineseCharactersAndAroundTheirPunctuation() {
		// as Tesseract's chi_sim model reads a faxed page
		String read = "关于技术会 议议程草案 我国代表团希望提出两项修改。 第一 ，关于核查预算\n" + "第12段 : 地震台网的数据与附件不一致 ,请核对年底运行的台站数量。";

		assertThat(ScriptText.tidy(read))
			.isEqualTo("关于技术会议议程草案我国代表团希望提出两项修改。第一，关于核查预算\n" + "第12段：地震台网的数据与附件不一致，请核对年底运行的台站数量。");
	}

	@Test
	void shouldMakeHalfWidthMarksBetweenChineseCharactersFullWidth() {
		assertThat(ScriptText.tidy("三个;四个!好吗?是:")).isEqualTo("三个；四个！好吗？是：");
		// a Japanese line too
		assertThat(ScriptText.tidy("ありがとう ございます 、 よろしく")).isEqualTo("ありがとうございます、よろしく");
	}

	@Test
	void shouldLeaveLatinTextAndMarksBesideLatinAlone() {
		String english = "Paragraph 12: the figures , as sent; see WP.7/2027/3 ?";
		assertThat(ScriptText.tidy(english)).isEqualTo(english);
		// a document symbol and a Latin word beside Chinese keep their own marks and
		// spaces
		assertThat(ScriptText.tidy("对文件WP,7/2027/3的意见 ECS 系统")).isEqualTo("对文件WP,7/2027/3的意见 ECS 系统");
	}

	@Test
	void shouldKeepLineBreaksBetweenChineseLines() {
		assertThat(ScriptText.tidy("此致 \n 敬礼\n\n王丽华博士")).isEqualTo("此致 \n 敬礼\n\n王丽华博士");
	}

	@Test
	void shouldTurnArabicPresentationFormsIntoLettersAndKeepLogicalOrder() {
		// "الفقرة" in its shown shapes: alef, lam (initial), fa (medial), qaf (medial),
		// ra
		// (final), ta marbuta (final)
		String shaped = "\uFE8D\uFEDF\uFED4\uFED8\uFEAE\uFE93 12";

		assertThat(ScriptText.tidy(shaped)).isEqualTo("الفقرة 12");
	}

	@Test
	void shouldLeaveArabicInLogicalOrderAsItIs() {
		String arabic = "الفقرة 18: نؤيد اقتراح تمديد برنامج التدريب إلى ستة أسابيع.";

		assertThat(ScriptText.tidy(arabic)).isEqualTo(arabic);
	}

}
