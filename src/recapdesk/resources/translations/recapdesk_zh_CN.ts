<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="+43"/>
        <source>Your unsaved changes were written to:
%1
recapdesk offers to restore them the next time it starts.</source>
        <translation>未保存的更改已写入：
%1
recapdesk 下次启动时会提示恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There were no unsaved changes.</source>
        <translation>没有未保存的更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write a recovery file: %1</source>
        <translation>无法写入恢复文件：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recapdesk Hit a Problem</source>
        <translation>recapdesk 遇到问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong inside recapdesk.</source>
        <translation>recapdesk 内部出错了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your work</source>
        <translation>您的工作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can keep working and save now, or quit; if it happens again, please report it with the details below.</source>
        <translation>您可以继续工作并立即保存，也可以退出；如果再次出现，请附上下面的详细信息报告问题。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+45"/>
        <source>Show &amp;Details</source>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Copy Details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit recapdesk</source>
        <translation>退出 recapdesk(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep Working</source>
        <translation>继续工作(&amp;K)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hide &amp;Details</source>
        <translation>隐藏详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_dialogs.py" line="+19"/>
        <source>recapdesk projects (*.recap.toml);;TOML files (*.toml);;All files (*)</source>
        <translation>recapdesk 项目 (*.recap.toml);;TOML 文件 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a Photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dialogs.py" line="+55"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Welcome to recapdesk</source>
        <translation>欢迎使用 recapdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from the example recap, a new blank project, or a project file?</source>
        <translation>从示例总结开始、新建空白项目，还是打开项目文件？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_dialogs.py" line="-37"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dialogs.py" line="+32"/>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed by another program.</source>
        <translation>“%1”已被其他程序更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it and lose the unsaved changes in this window, or keep your version (saving it will ask before overwriting the other changes).</source>
        <translation>重新载入将丢失此窗口中未保存的更改；也可以保留您的版本（保存时会先询问是否覆盖其他更改）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload it to see the other changes, or keep the version shown here (saving it will ask before overwriting the other changes).</source>
        <translation>重新载入以查看其他更改，或保留此处显示的版本（保存时会先询问是否覆盖其他更改）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Mine</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overwrite Newer Changes?</source>
        <translation>覆盖较新的更改？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed by another program since recapdesk last read or saved it.</source>
        <translation>自 recapdesk 上次读取或保存以来，“%1”已被其他程序更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving replaces those changes with this window&apos;s version.</source>
        <translation>保存会用此窗口中的版本替换那些更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the Picture File?</source>
        <translation>同时移除图片文件？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in the project uses %1 any more. Remove it from %2 too?</source>
        <translation>项目中已没有地方使用 %1。要同时从 %2 中移除它吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo brings it back.</source>
        <translation>撤销可以恢复它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove File</source>
        <translation>移除文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep File</source>
        <translation>保留文件(&amp;K)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import the Markdown Recap?</source>
        <translation>导入 Markdown 总结？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a Markdown file, not a recapdesk project.</source>
        <translation>“%1”是 Markdown 文件，不是 recapdesk 项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recapdesk can import it as a new project, with what it recognizes in it.</source>
        <translation>recapdesk 可以把它导入为新项目，保留能识别出的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_dialogs.py" line="+12"/>
        <source>Import Rows</source>
        <translation>导入行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dialogs.py" line="+40"/>
        <location filename="../../ui/dialogs/file_dialogs.py" line="+8"/>
        <source>Import Markdown</source>
        <translation>导入 Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/file_dialogs.py" line="+9"/>
        <source>Choose the Cover</source>
        <translation>选择封面</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dialogs.py" line="-14"/>
        <source>Crop the Cover</source>
        <translation>裁剪封面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be read as a picture.</source>
        <translation>无法将“%1”读取为图片。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open it as a new, untitled project in place of the one open now?</source>
        <translation>是否将其作为新的未命名项目打开，替换当前打开的项目？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open as New Project</source>
        <translation>作为新项目打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Published to WeChat Drafts</source>
        <translation>已保存到公众号草稿箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article&apos;s draft was updated in the draft box.</source>
        <translation>草稿箱中这篇文章的草稿已更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article was added to the draft box as a new draft.</source>
        <translation>文章已作为新草稿添加到草稿箱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft media_id: %1

Find it in the 公众号 backend (mp.weixin.qq.com) under 内容管理 &gt; 草稿箱 (Drafts); review it there and publish it yourself.</source>
        <translation>草稿的 media_id：%1

在公众号后台（mp.weixin.qq.com）的 内容管理 &gt; 草稿箱 中可以找到它；请在那里检查后自行发表。</translation>
    </message>
    <message>
        <location filename="../../ui/safety/file_watch.py" line="+147"/>
        <source>Open in Another Window</source>
        <translation>已在其他窗口中打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is also open in another recapdesk (process %2 on %3). Saving in both would overwrite each other&apos;s changes: close one of them, or make sure only one of them saves.</source>
        <translation>“%1”也在另一个 recapdesk 中打开（%3 上的进程 %2）。两边都保存会互相覆盖更改：请关闭其中一个，或确保只在一处保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot reload the project</source>
        <translation>无法重新载入项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="+96"/>
        <source>Tabs</source>
        <translation>标签页</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Write the recap article of a community program phase: form tabs, a live preview, Markdown and WeChat-ready output.</source>
        <translation>撰写社区活动每一期的总结文章：表单标签页、实时预览，输出 Markdown 和可直接粘贴到公众号的格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recapdesk is free software under the MIT License.</source>
        <translation>recapdesk 是基于 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is built on Qt %1 through PySide6 %2, used under the GNU Lesser General Public License version 3 (LGPL-3.0).</source>
        <translation>它通过 PySide6 %2 基于 Qt %1 构建，按 GNU 宽通用公共许可证第 3 版（LGPL-3.0）使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Python packages it uses, and their licenses:</source>
        <translation>使用的 Python 软件包及其许可证：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About recapdesk</source>
        <translation>关于 recapdesk</translation>
    </message>
    <message>
        <location filename="../../ui/window/import_commands.py" line="+30"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 picture copied into the project</source>
        <translation>已将 1 张图片复制到项目中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pictures copied into the project</source>
        <translation>已将 %1 张图片复制到项目中</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Testimonials</source>
        <translation>学员感言</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot import rows</source>
        <translation>无法导入行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 from %2</source>
        <translation>已从 %2 导入 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot import the article</source>
        <translation>无法导入文章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too large for a recap article</source>
        <translation>文件太大，不像是一篇总结文章</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_dialog.py" line="+38"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recapdesk did not close normally last time. These changes were never saved to the project file:</source>
        <translation>recapdesk 上次没有正常关闭。以下更改从未保存到项目文件：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled project (never saved)</source>
        <translation>未命名项目（从未保存）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept at:</source>
        <translation>保存时间：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Discard Changes</source>
        <translation>丢弃更改(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep for Later</source>
        <translation>留待以后(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore.py" line="+64"/>
        <source>Cannot restore the unsaved work</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored unsaved work: save it to keep it</source>
        <translation>已恢复未保存的工作：请保存以保留</translation>
    </message>
</context>
<context>
    <name>ArticleTab</name>
    <message>
        <location filename="../../ui/forms/tabs/article_tab.py" line="+63"/>
        <location line="+63"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors or organizers</source>
        <translation>作者或组织者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table of &amp;contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a [toc] marker after the title</source>
        <translation>在标题后插入 [toc] 目录标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title heading</source>
        <translation>标题级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(level 1)</source>
        <translation>（一级标题）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(level 2)</source>
        <translation>（二级标题）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many WeChat drafts write the title as a level-2 heading, like the sections</source>
        <translation>不少公众号稿件把文章标题写成二级标题，与各节标题同级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub ids as links (&amp;Q)</source>
        <translation>GitHub 账号显示为链接(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub ids as links</source>
        <translation>GitHub 账号显示为链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: tables show GitHub ids as plain text, without a link to the profile</source>
        <translation>关闭：表格中的 GitHub 账号显示为纯文本，不链接到个人主页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading numbering</source>
        <translation>标题编号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article language</source>
        <translation>文章语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the article&apos;s own words and headings</source>
        <translation>文章自身用语和标题所用的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead text (Markdown)</source>
        <translation>导语（Markdown）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown shown between the title and the first section</source>
        <translation>显示在标题和第一个章节之间的 Markdown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title si&amp;ze:</source>
        <translation>标题级别(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heading &amp;numbering:</source>
        <translation>标题编号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article lan&amp;guage:</source>
        <translation>文章语言(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outline:</source>
        <translation>大纲(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead text:</source>
        <translation>导语(&amp;L)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free sections</source>
        <translation>自由章节</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../ui/preview/preview_page.py" line="+74"/>
        <source>Article preview</source>
        <translation>文章预览</translation>
    </message>
</context>
<context>
    <name>Assets</name>
    <message>
        <location filename="../../store/assets/folder.py" line="+111"/>
        <source>%1 is not a picture recapdesk can read</source>
        <translation>%1 不是 recapdesk 能读取的图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a %2 picture; recapdesk takes JPEG, PNG, GIF, WebP, BMP, TIFF or SVG</source>
        <translation>%1 是 %2 格式的图片；recapdesk 支持 JPEG、PNG、GIF、WebP、BMP、TIFF 或 SVG</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+21"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 超过 %2 MB</translation>
    </message>
    <message>
        <location filename="../../store/assets/references.py" line="+43"/>
        <source>%1 is not a picture reference</source>
        <translation>%1 不是图片引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a URL, not a picture inside the project&apos;s folder</source>
        <translation>%1 是网址，不是项目文件夹里的图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an absolute path; pictures must be inside the project&apos;s folder</source>
        <translation>%1 是绝对路径；图片必须在项目文件夹里</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points outside the project&apos;s folder</source>
        <translation>%1 指向项目文件夹之外</translation>
    </message>
    <message>
        <location filename="../../store/avatars.py" line="+76"/>
        <source>%1: avatars are fetched over https (http only from this computer)</source>
        <translation>%1：头像只通过 https 获取（http 仅限本机）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a GitHub id</source>
        <translation>%1 不是 GitHub 账号</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the avatar of %1 is over %2 MB</source>
        <translation>%1 的头像超过 %2 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the avatar of %1 could not be fetched: %2</source>
        <translation>无法获取 %1 的头像：%2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>GitHub has no avatar for %1 (HTTP %2)</source>
        <translation>GitHub 上没有 %1 的头像（HTTP %2）</translation>
    </message>
</context>
<context>
    <name>BackgroundTab</name>
    <message>
        <location filename="../../ui/forms/tabs/background_tab.py" line="+73"/>
        <source>&amp;Text:</source>
        <translation>正文(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Links:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for use in text</source>
        <translation>用于正文</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>participants</source>
        <comment>an example key of a number</comment>
        <translation>参与人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a number a key (such as %1) and write {%1} in any Markdown text: the article shows its value and unit there, or the placeholder while it is not known. Type { to choose a key.</source>
        <translation>给数据起一个键名（如 %1），在任意 Markdown 正文中写 {%1}：文章在该处显示数值和单位，数值未知时显示占位标记。输入 { 可选择键名。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Numbers:</source>
        <translation>数据(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave a value empty while the number is not known yet: the article marks it as missing. Values are numbers such as 96, 2.5, 1,234, 1.2万 or 三百; other text is kept and marked.</source>
        <translation>数值尚未确定时请留空：文章会标出缺失。数值可写作 96、2.5、1,234、1.2万 或 三百；其他文字会保留并标出。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the n&amp;umbers under the text</source>
        <translation>在正文下列出数据(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../model/checks.py" line="+61"/>
        <source>the link has no URL</source>
        <translation>链接没有网址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty row (placeholder)</source>
        <translation>空行（占位）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the article has no title</source>
        <translation>文章没有标题</translation>
    </message>
    <message>
        <location filename="../../compose/checks.py" line="+16"/>
        <source>the outline lists %1 but no section of the article has that heading</source>
        <translation>大纲列出了 %1，但文章中没有这个标题的章节</translation>
    </message>
    <message>
        <location filename="../../model/checks.py" line="+7"/>
        <source>number %1</source>
        <translation>第 %1 项数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not a number; the article shows it as not known yet</source>
        <translation>%1：%2 不是数字；文章中显示为尚未确定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not known yet (placeholder)</source>
        <translation>%1：尚未确定（占位）</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>privacy is on but this honoree has no GitHub id, so the row shows nobody</source>
        <translation>已开启隐私，但此受表彰者没有 GitHub 账号，这一行显示不出任何人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the honoree has no name</source>
        <translation>受表彰者没有姓名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate honoree %1</source>
        <translation>受表彰者重复：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>person %1</source>
        <translation>第 %1 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no testimonial text yet</source>
        <translation>%1：还没有感言内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown by GitHub id, but the id is empty (the article says anonymous)</source>
        <translation>按 GitHub 账号显示，但账号为空（文章中显示为匿名）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the person has no name</source>
        <translation>此人没有姓名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the next-phase section is empty and is left out of the article</source>
        <translation>“下期预告”章节为空，不会出现在文章中</translation>
    </message>
    <message>
        <location filename="../../model/size_checks.py" line="+31"/>
        <source>%1 characters: far longer than a name can be shown; at most %2</source>
        <translation>%1 个字符：名字远超可显示的长度，最多 %2 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 characters: far more than a table cell can show; at most %2</source>
        <translation>%1 个字符：远超表格单元格可显示的长度，最多 %2 个</translation>
    </message>
    <message>
        <location filename="../../compose/inline_fields.py" line="+161"/>
        <source>another number already has the key %1</source>
        <translation>另一项数据已使用键名 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no number has the key %2; the article shows it as typed (give a number that key in the Background tab, or write \{ for a brace)</source>
        <translation>%1：没有数据的键名是 %2，文章按原样显示它（请在“背景”页给某项数据设置该键名，或写 \{ 表示花括号本身）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) is not known yet: the article shows it as a placeholder</source>
        <translation>%1（%2）尚未填写：文章显示为占位标记</translation>
    </message>
    <message>
        <location filename="../../compose/placeholders.py" line="+70"/>
        <source>%1 is a placeholder: %2</source>
        <translation>%1 是占位文字：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../headless_parser.py" line="+84"/>
        <source>Write the recap article of a community program phase.</source>
        <translation>撰写社区活动每一期的总结文章。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>print or write the article</source>
        <translation>输出或写入文章</translation>
    </message>
    <message>
        <location filename="../../exports/command.py" line="+37"/>
        <location filename="../../headless_parser.py" line="+1"/>
        <location filename="../../pictures_command.py" line="+28"/>
        <location filename="../../publish/command.py" line="+32"/>
        <source>a .recap.toml project file</source>
        <translation>.recap.toml 项目文件</translation>
    </message>
    <message>
        <location filename="../../headless_parser.py" line="-74"/>
        <source>examples:
  recapdesk                                   open the window (last project or a start page)
  recapdesk phase1.recap.toml                 open a project in the window
  recapdesk render phase1.recap.toml          print the article&apos;s Markdown
  recapdesk render phase1.recap.toml --to html -o phase1.html
  recapdesk render phase1.recap.toml --to wechat   HTML to paste into the WeChat editor
  recapdesk check phase1.recap.toml           list placeholders and problems (exit 0/1/2)
  recapdesk check phase1.recap.toml --wechat  list what breaks the rules of WeChat articles
  recapdesk new -o phase2.recap.toml          start an empty project
  recapdesk new --example k8s-source-study-phase1 -o demo.recap.toml
  recapdesk new --template meetup --language en -o meetup.recap.toml
</source>
        <translation>示例：
  recapdesk                                   打开窗口（上次的项目，或开始页）
  recapdesk phase1.recap.toml                 在窗口中打开项目
  recapdesk render phase1.recap.toml          输出文章的 Markdown
  recapdesk render phase1.recap.toml --to html -o phase1.html
  recapdesk render phase1.recap.toml --to wechat   输出可粘贴到公众号编辑器的 HTML
  recapdesk check phase1.recap.toml           列出占位内容和问题（退出码 0/1/2）
  recapdesk check phase1.recap.toml --wechat  列出违反公众号文章规则的内容
  recapdesk new -o phase2.recap.toml          新建空项目
  recapdesk new --example k8s-source-study-phase1 -o demo.recap.toml
  recapdesk new --template meetup --language en -o meetup.recap.toml
</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>md: Markdown (default); html: a standalone HTML page; wechat: the HTML fragment for the WeChat editor</source>
        <translation>md：Markdown（默认）；html：独立的 HTML 页面；wechat：用于公众号编辑器的 HTML 片段</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--to wechat: space Chinese from Latin letters and digits (default: on for zh)</source>
        <translation>--to wechat：在中文与英文字母、数字之间加空格（默认：zh 文章开启）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write here instead of stdout</source>
        <translation>写入此文件，而不是标准输出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to md -o DIR/article.md: copy the pictures the article uses into DIR too</source>
        <translation>--to md -o 目录/article.md：同时把文章用到的图片复制到该目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list problems: exit 0 clean, 1 warnings only, 2 errors</source>
        <translation>列出问题：无问题退出码 0，仅有警告 1，有错误 2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exit 0 when there are warnings only (they are still listed)</source>
        <translation>只有警告时以 0 退出（警告仍会列出）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exit 1 for warnings (the default; overrides --errors-only)</source>
        <translation>有警告时以 1 退出（默认；覆盖 --errors-only）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the WeChat HTML against the platform&apos;s rules instead of the content</source>
        <translation>按公众号平台规则检查 HTML，而不是检查内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a new project file</source>
        <translation>写入新的项目文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start from a bundled example</source>
        <translation>从内置示例开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start from a template (--list-templates shows their names)</source>
        <translation>从模板开始（--list-templates 列出模板名）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print each template&apos;s name and description, one per line</source>
        <translation>每行列出一个模板的名称和说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>article language: of an empty project (default zh), of a template (default: the interface language&apos;s)</source>
        <translation>文章语言：空项目默认 zh，模板默认与界面语言一致</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../importers/commands.py" line="+69"/>
        <source>overwrite an existing file</source>
        <translation>覆盖已有文件</translation>
    </message>
    <message>
        <location filename="../../importers/commands.py" line="-28"/>
        <source>  recapdesk import recap.md -o phase1.recap.toml      a hand-written recap as a new project
  recapdesk import-rows phase1.recap.toml list.xlsx --into honorees
  recapdesk import-rows phase1.recap.toml list.csv --into honorees --map 昵称=name --replace
</source>
        <translation>  recapdesk import recap.md -o phase1.recap.toml      把手写的总结导入为新项目
  recapdesk import-rows phase1.recap.toml list.xlsx --into honorees
  recapdesk import-rows phase1.recap.toml list.csv --into honorees --map 昵称=name --replace
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>turn a hand-written Markdown recap into a project file</source>
        <translation>把手写的 Markdown 总结转换为项目文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Markdown recap (.md)</source>
        <translation>Markdown 总结文章（.md）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the project file to write (default: ARTICLE%1)</source>
        <translation>要写入的项目文件（默认：ARTICLE%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add honorees, committee members or testimonials from a spreadsheet</source>
        <translation>从电子表格添加表彰名单、组委会成员或学员感言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .recap.toml project file to change</source>
        <translation>要修改的 .recap.toml 项目文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .csv, .tsv or .xlsx file, a header row first</source>
        <translation>.csv、.tsv 或 .xlsx 文件，第一行为表头</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a recognition group&apos;s id (the example&apos;s: honorees, committee) or testimonials</source>
        <translation>表彰组的 id（示例中为 honorees、committee）或 testimonials</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read COLUMN (a header or a 1-based number) into FIELD, or skip it (FIELD=skip); columns are otherwise matched by their headers</source>
        <translation>把 COLUMN（表头名称或从 1 开始的列号）读入 FIELD，或跳过该列（FIELD=skip）；其余列按表头自动匹配</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>replace the rows there (default: add)</source>
        <translation>替换已有的行（默认：追加）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CSV&apos;s encoding if not UTF-8 or GBK</source>
        <translation>CSV 的编码（如果不是 UTF-8 或 GBK）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the worksheet of an .xlsx (default: the first)</source>
        <translation>.xlsx 中的工作表（默认：第一个）</translation>
    </message>
    <message>
        <location filename="../../exports/command.py" line="-15"/>
        <source>  recapdesk export phase1.recap.toml --to png -o phase1.png     the article as a long image
  recapdesk export phase1.recap.toml --to certificates -o certificates.pdf --signer 组委会
</source>
        <translation>  recapdesk export phase1.recap.toml --to png -o phase1.png     把文章导出为长图
  recapdesk export phase1.recap.toml --to certificates -o certificates.pdf --signer 组委会
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>write a long image, PDF, review page, honor-roll cards or certificates</source>
        <translation>导出长图、PDF、审阅页面、荣誉榜卡片或证书</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>png: the article as a long image; pdf: the article as a PDF; html: one self-contained page to review; card: an honor-roll card per group; certificates: one per honoree</source>
        <translation>png：文章长图；pdf：文章 PDF；html：可离线审阅的单个网页；card：每组一张荣誉榜卡片；certificates：每位受表彰者一张证书</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>png: split into numbered parts taller than this (default 10000)</source>
        <translation>png：超过此高度时分成带编号的多张（默认 10000）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pdf: A4 or phone-sized pages (default a4)</source>
        <translation>pdf：A4 或手机大小的页面（默认 a4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>card: the size in pixels (default 1080x1920)</source>
        <translation>card：卡片尺寸，单位像素（默认 1080x1920）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>card: a QR code linking to this address</source>
        <translation>card：附上指向此地址的二维码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card, certificates: the community or program (default: the title)</source>
        <translation>card、certificates：社区或活动名称（默认：文章标题）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>certificates: a bundled design (classic, modern) or your own HTML file</source>
        <translation>certificates：内置样式（classic、modern）或您自己的 HTML 文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificates: PDF (default) or PNG images</source>
        <translation>certificates：PDF（默认）或 PNG 图片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>certificates: one PDF file per person instead of one PDF</source>
        <translation>certificates：每人一个 PDF 文件，而不是合成一个 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificates: who signs them</source>
        <translation>certificates：落款（签发人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificates: the date (default: today)</source>
        <translation>certificates：日期（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../publish/command.py" line="-4"/>
        <source>create or update the article&apos;s draft in the WeChat Official Account</source>
        <translation>在微信公众号中创建或更新文章的草稿</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write what would be sent, without any network call</source>
        <translation>写出将要发送的内容，不进行任何网络调用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a new draft even if this project has one already</source>
        <translation>即使该项目已有草稿，也新建一篇草稿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dry-run: write here instead of stdout</source>
        <translation>--dry-run：写入此文件而不是标准输出</translation>
    </message>
    <message>
        <location filename="../../pictures_command.py" line="-2"/>
        <source>download the web pictures WeChat cannot re-host into the project</source>
        <translation>把微信无法转存的网络图片下载到项目中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>download every web picture, not only those WeChat fails on</source>
        <translation>下载所有网络图片，而不只是微信转存会失败的</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/field_names.py" line="+17"/>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author shown by WeChat</source>
        <translation>公众号作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>background</source>
        <translation>活动背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cover crop</source>
        <translation>封面裁剪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns</source>
        <translation>表格列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>display</source>
        <translation>显示方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free section</source>
        <translation>自由章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front matter</source>
        <translation>文首信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>comment box</source>
        <translation>留言</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>GitHub id</source>
        <translation>GitHub 账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub ids as links</source>
        <translation>GitHub 账号显示为链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heading</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column headings</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how to join</source>
        <translation>参与方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>键名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article language</source>
        <translation>文章语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead text</source>
        <translation>导语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbers list</source>
        <translation>数据列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next phase</source>
        <translation>下期预告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading numbering</source>
        <translation>标题编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>section order</source>
        <translation>章节顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing text</source>
        <translation>结语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub ids as @id</source>
        <translation>GitHub 账号前加 @</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>award line</source>
        <translation>表彰说明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>citation</source>
        <translation>颁奖词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what they did</source>
        <translation>贡献</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>recognition group</source>
        <translation>表彰组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>photo</source>
        <translation>头像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primary colour</source>
        <translation>主题色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy note</source>
        <translation>隐私说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place of the privacy note</source>
        <translation>隐私说明位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules between testimonials</source>
        <translation>感言之间的分隔线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show heading</source>
        <translation>显示标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dash before a signature</source>
        <translation>署名前的破折号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original link</source>
        <translation>原文链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sub-heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimonials</source>
        <translation>学员感言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title heading</source>
        <translation>标题级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visible</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+6"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="+110"/>
        <source>Edit %1 (%2)</source>
        <translation>编辑%1（%2）</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../render/compliance_rules.py" line="+17"/>
        <source>&lt;style&gt; is removed by the WeChat editor: style every element inline</source>
        <translation>公众号编辑器会删除 &lt;style&gt;：请把样式写在每个元素的行内</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>class is removed by the WeChat editor</source>
        <translation>公众号编辑器会删除 class 属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id is removed by the WeChat editor</source>
        <translation>公众号编辑器会删除 id 属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>var() is removed by the WeChat editor</source>
        <translation>公众号编辑器会删除 var()</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>!important must not be used (spec 4.5.2)</source>
        <translation>不能使用 !important（规范 4.5.2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set no font-family: WeChat&apos;s own font stack applies (spec 3)</source>
        <translation>不要设置 font-family：公众号使用自己的字体（规范 3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>position breaks dark mode and reading order (spec 4.2.2)</source>
        <translation>position 会破坏深色模式和阅读顺序（规范 4.2.2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a fixed pixel width breaks the layout on other screens (spec 1.4)</source>
        <translation>固定的像素宽度会在其他屏幕上打乱排版（规范 1.4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>height: 0 hides the text on phones (spec 1.5.1)</source>
        <translation>height: 0 会在手机上隐藏文字（规范 1.5.1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text-align start/end differs between devices (spec 1.6)</source>
        <translation>text-align 的 start/end 在不同设备上效果不同（规范 1.6）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a unitless line-height is not kept by the WeChat editor</source>
        <translation>公众号编辑器不保留没有单位的 line-height</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line-height below the font size overlaps lines (spec 1.3)</source>
        <translation>line-height 小于字号会使文字行重叠（规范 1.3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an invisible image cannot be edited after publishing (spec 1.1)</source>
        <translation>不可见的图片在发布后无法编辑（规范 1.1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a transparent caret hides the cursor in the editor (spec 1.2)</source>
        <translation>透明的 caret-color 会在编辑器中隐藏光标（规范 1.2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>10 or more identical nested wrappers are removed (spec 2.1)</source>
        <translation>10 层及以上相同的嵌套容器会被删除（规范 2.1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>span[leaf] may hold only inline content (spec 2.2)</source>
        <translation>span[leaf] 只能包含行内内容（规范 2.2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outermost container&apos;s style is removed by WeChat</source>
        <translation>公众号会删除最外层容器的样式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ul/ol/li are reset by the editor and collapse past two levels</source>
        <translation>编辑器会重置 ul/ol/li，超过两级的列表会被压平</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt; inside &lt;li&gt; becomes a blank line in WeChat</source>
        <translation>&lt;li&gt; 中的 &lt;p&gt; 在公众号中会变成空行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;pre&gt; does not wrap on phones (spec 1.8)</source>
        <translation>&lt;pre&gt; 在手机上不会自动换行（规范 1.8）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spaces and line breaks in code are lost: use &amp;nbsp; and &lt;br&gt;</source>
        <translation>代码中的空格和换行会丢失：请使用 &amp;nbsp; 和 &lt;br&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>links to hosts other than mp.weixin.qq.com make the save fail</source>
        <translation>指向 mp.weixin.qq.com 以外网站的链接会导致保存失败</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#anchor links lead nowhere in WeChat</source>
        <translation>#锚点链接在公众号中无法跳转</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a table without a scrolling wrapper overflows on phones</source>
        <translation>没有滚动容器的表格在手机上会超出屏幕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a table cell without text-align is reset by the editor</source>
        <translation>没有 text-align 的表格单元格会被编辑器重置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an image without data-w may be measured wrongly (spec 1.4.3): give its pixel width in the Markdown, e.g. ![photo](https://…){width=1080}</source>
        <translation>没有 data-w 的图片可能被量错尺寸（规范 1.4.3）：请在 Markdown 中写明它的像素宽度，例如 ![照片](https://…){width=1080}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an image without max-width: 100% can overflow a phone screen</source>
        <translation>没有 max-width: 100% 的图片可能超出手机屏幕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a local image cannot reach WeChat: upload it and use its URL</source>
        <translation>本地图片无法传到公众号：请先上传图片，再使用它的网址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data: images are dropped on paste: upload the image instead</source>
        <translation>data: 图片在粘贴时会被丢弃：请改为上传图片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the image has no http(s) address, so nothing is shown</source>
        <translation>图片没有 http(s) 地址，因此不会显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>images on this host often fail to be re-hosted by WeChat: download them into the project (the Checks panel&apos;s Download button, or recapdesk fetch-images PROJECT)</source>
        <translation>微信常常无法转存这个网站上的图片：请把它们下载到项目中（检查面板的“下载到项目中”按钮，或 recapdesk fetch-images 项目文件）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WeChat titles are at most %1 characters (this one has %2)</source>
        <translation>公众号文章标题最多 %1 个字符（此标题有 %2 个）</translation>
    </message>
    <message>
        <location filename="../../render/contrast.py" line="+59"/>
        <source>the primary colour has a contrast of %1:1 on white (light mode); headings and links need at least %2:1 (WCAG AA)</source>
        <translation>主色在白色背景（浅色模式）上的对比度为 %1:1；标题和链接至少需要 %2:1（WCAG AA）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the primary colour has a contrast of %1:1 on WeChat&apos;s dark background; headings and links need at least %2:1 there</source>
        <translation>主色在微信深色背景上的对比度为 %1:1；标题和链接在深色模式下至少需要 %2:1</translation>
    </message>
    <message>
        <location filename="../../pipeline/picture_checks.py" line="+29"/>
        <source>%1, %2 px: sent as %3 px, %4</source>
        <translation>%1，%2 像素：发送时为 %3 像素，%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 px: still over WeChat&apos;s 1 MB after processing</source>
        <translation>%1，%2 像素：处理后仍超过微信的 1 MB 上限</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <location filename="../../ui/window/compliance_panel.py" line="+99"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+2"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check summary</source>
        <translation>检查摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The check failed: %1</source>
        <translation>检查出错：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Content: %1. WeChat: %2. WeChat draft: %3. Click a problem to go to its field.</source>
        <translation>内容：%1。公众号：%2。公众号草稿：%3。点击问题可跳到对应字段。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Content: %1. WeChat: %2. Click a problem to go to its field.</source>
        <translation>内容：%1。公众号：%2。点击问题可跳到对应字段。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems: the content is complete and the WeChat copy meets the platform&apos;s rules.</source>
        <translation>没有问题：内容已完整，公众号版本也符合平台规则。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WeChat: %1</source>
        <translation>公众号：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WeChat draft: %1</source>
        <translation>公众号草稿：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(article)</source>
        <translation>（文章）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>Download into the project</source>
        <translation>下载到项目中</translation>
    </message>
</context>
<context>
    <name>ComplianceStatus</name>
    <message>
        <location line="+16"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the checks panel</source>
        <translation>显示检查面板</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks: %1</source>
        <translation>检查：%1</translation>
    </message>
</context>
<context>
    <name>CoverCropDialog</name>
    <message>
        <location filename="../../ui/dialogs/cover_crop_dialog.py" line="+235"/>
        <source>Crop the Cover</source>
        <translation>裁剪封面</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WeChat shows the cover at 2.35:1. Drag the frame to move it and a corner to resize it; the arrow keys move it, + and − resize it. Without a crop of your own, the centre of the picture is used.</source>
        <translation>公众号以 2.35:1 显示封面。拖动框可移动它，拖动角可调整大小；方向键移动，+ 和 − 调整大小。如果不自己裁剪，将使用图片的中间部分。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cover as it is sent</source>
        <translation>将发送的封面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Centre</source>
        <translation>居中(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The largest 2.35:1 part in the middle of the picture</source>
        <translation>图片中间最大的 2.35:1 部分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to WeChat:</source>
        <translation>发送到公众号：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 × %2 pixels of the picture</source>
        <translation>图片中的 %1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>CropFrame</name>
    <message>
        <location line="-237"/>
        <source>Cover crop frame</source>
        <translation>封面裁剪框</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/forms/tabs/list_model.py" line="+168"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../exports/base.py" line="+92"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../exports/cards.py" line="+37"/>
        <source>no recognition group has anyone in it: no card to make</source>
        <translation>没有任何表彰名单中有人，无法制作卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name does not fit on the card: %1</source>
        <translation>卡片上放不下这个名字：%1</translation>
    </message>
    <message>
        <location filename="../../exports/certificates.py" line="+46"/>
        <source>no certificate design %1: give a bundled name (%2) or an HTML file</source>
        <translation>没有证书样式 %1：请指定内置样式名（%2）或一个 HTML 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the certificate design %1 has no &lt;body&gt;</source>
        <translation>证书样式 %1 没有 &lt;body&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project lists no honorees: no certificate to make</source>
        <translation>项目中没有受表彰者，无法制作证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate design takes %1 pages for %2 people: make it fit one page each</source>
        <translation>该证书样式为 %2 人排出了 %1 页：请让每人的证书只占一页</translation>
    </message>
    <message>
        <location filename="../../exports/fonts.py" line="+12"/>
        <source>no Chinese (CJK) font is installed, so the export would show empty boxes for Chinese text; install Noto CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk) and try again</source>
        <translation>系统没有安装中文（CJK）字体，导出的中文会显示为方框；请安装 Noto CJK（Debian/Ubuntu：sudo apt install fonts-noto-cjk）后重试</translation>
    </message>
    <message>
        <location filename="../../exports/review.py" line="+38"/>
        <source>[picture on the web: %1]</source>
        <translation>[网络图片：%1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[picture left out: %1]</source>
        <translation>[图片未包含：%1]</translation>
    </message>
    <message>
        <location filename="../../exports/web.py" line="+28"/>
        <source>the page could not be laid out for the export</source>
        <translation>无法为导出排版页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page took too long to lay out (%1)</source>
        <translation>页面排版时间过长（%1）</translation>
    </message>
    <message>
        <location filename="../../exports/long_image.py" line="+46"/>
        <source>Chromium did not paint the scrolled page</source>
        <translation>Chromium 没有绘制滚动后的页面</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../ui/window/export_commands.py" line="+48"/>
        <source>Export Long Image</source>
        <translation>导出长图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Review Page</source>
        <translation>导出审阅页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Honor-Roll Cards</source>
        <translation>导出荣誉榜卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Certificates</source>
        <translation>导出证书</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Export cancelled: no file was written</source>
        <translation>已取消导出：没有写入任何文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Exported %1 files to %2: %3</source>
        <translation>已导出 %1 个文件到 %2：%3</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="+110"/>
        <source>&amp;Longest part:</source>
        <translation>每段最长(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image is 1500 px wide, as a phone shows the article. A taller article comes in numbered parts, cut between lines: chat apps shrink very tall images.</source>
        <translation>图片宽 1500 px，和手机上看到的文章一样。文章更长时分成编号的几段，在行与行之间切开：聊天软件会把过长的图片缩小。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A4, to print or to read on a computer</source>
        <translation>A4，用于打印或在电脑上阅读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone-sized, to read on a phone</source>
        <translation>手机尺寸，用于在手机上阅读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pages:</source>
        <translation>页面(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1080 × 1920 (9:16, a phone&apos;s whole screen)</source>
        <translation>1080 × 1920（9:16，占满手机屏幕）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1080 × 1350 (4:5, shown uncropped in a chat)</source>
        <translation>1080 × 1350（4:5，在聊天中完整显示）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>&amp;Program:</source>
        <translation>活动名称(&amp;P)：</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>optional: the article&apos;s web address</source>
        <translation>可选：文章的网址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;QR code links to:</source>
        <translation>二维码链接(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One card per group: the honorees under their award, the committee.</source>
        <translation>每组一张卡片：奖项下的受表彰者、组委会。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classic</source>
        <translation>经典</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modern</source>
        <translation>现代</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own design (an HTML file)</source>
        <translation>自己的样式（一个 HTML 文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Design:</source>
        <translation>样式(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML file</source>
        <translation>一个 HTML 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Template file:</source>
        <translation>样式文件(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One PDF, a page per person</source>
        <translation>一个 PDF，每人一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF file per person</source>
        <translation>每人一个 PDF 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PNG image per person</source>
        <translation>每人一张 PNG 图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Files:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;igned by:</source>
        <translation>落款(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ate:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Certificate Design</source>
        <translation>证书样式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate designs (*.html *.htm);;All files (*)</source>
        <translation>证书样式 (*.html *.htm);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../ui/dialogs/export_progress.py" line="+24"/>
        <source>Laying out the article…</source>
        <translation>正在排版文章…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rendering part %1 of %2…</source>
        <translation>正在生成第 %1 部分，共 %2 部分…</translation>
    </message>
</context>
<context>
    <name>FreeSectionListModel</name>
    <message>
        <location filename="../../ui/forms/tabs/free_sections.py" line="+76"/>
        <source>(untitled section)</source>
        <translation>（无标题章节）</translation>
    </message>
</context>
<context>
    <name>FreeSectionsEditor</name>
    <message>
        <location line="+15"/>
        <source>Free sections</source>
        <translation>自由章节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free sections (&amp;placed by the section order above):</source>
        <translation>自由章节（按上面的章节顺序排列）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add section</source>
        <translation>添加章节(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete section</source>
        <translation>删除章节(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free section heading</source>
        <translation>自由章节标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free section body (Markdown)</source>
        <translation>自由章节正文（Markdown）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: paragraphs, lists, links</source>
        <translation>Markdown：段落、列表、链接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Head&amp;ing:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown body:</source>
        <translation>Markdown 正文(&amp;M)：</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add free section</source>
        <translation>添加自由章节</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete free section</source>
        <translation>删除自由章节</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../importers/markdown_html.py" line="+156"/>
        <source>HTML hall of fame (1 avatar)</source>
        <translation>HTML 名人堂（1 个头像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML hall of fame (%1 avatars)</source>
        <translation>HTML 名人堂（%1 个头像）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML hall of fame (%1 avatars; left out: %2)</source>
        <translation>HTML 名人堂（%1 个头像；未保留：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML hall of fame (%1 avatar; left out: %2)</source>
        <translation>HTML 名人堂（%1 个头像；未保留：%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HTML table (1 row)</source>
        <translation>HTML 表格（1 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML table (%1 rows)</source>
        <translation>HTML 表格（%1 行）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a video became a link (%1): WeChat articles play only videos from its own library</source>
        <translation>一个视频改成了链接（%1）：微信文章只能播放其素材库中的视频</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 HTML comment left out (never shown)</source>
        <translation>略去 1 条 HTML 注释（读者本来就看不到）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 HTML comments left out (never shown)</source>
        <translation>略去 %1 条 HTML 注释（读者本来就看不到）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>HTML tags written as Markdown</source>
        <translation>HTML 标签改写为 Markdown</translation>
    </message>
    <message>
        <location filename="../../importers/markdown_report.py" line="+62"/>
        <source>%1 (%2), %3, %4</source>
        <translation>%1（%2），%3，%4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>front matter</source>
        <translation>文首信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[toc]</source>
        <translation>[toc] 目录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>head: %1</source>
        <translation>文章开头：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognition group %1</source>
        <translation>表彰组 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>became structure: %1</source>
        <translation>识别为结构化章节：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stayed free text: %1</source>
        <translation>保留为自由文本：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML written as Markdown: %1</source>
        <translation>HTML 改写为 Markdown：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>testimonials set as: %1</source>
        <translation>感言排版：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>heading numbers: %1</source>
        <translation>标题编号：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbers: %1 (sentences show them; edit them in the Background tab)</source>
        <translation>数字：%1 个（在句子中显示；可在“活动背景”标签页中修改）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>numbers in the text: %1</source>
        <translation>正文中的数字：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them not known yet (placeholders such as xx): fill them in before publishing</source>
        <translation>其中 %1 个尚未确定（xx 之类的占位）：请在发布前填上</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>some parts were kept as written so the article reads exactly as before</source>
        <translation>部分内容按原样保留，文章读起来与原来完全一致</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 recognition group</source>
        <translation>1 个表彰组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 recognition groups</source>
        <translation>%1 个表彰组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 testimonial</source>
        <translation>1 条学员感言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 testimonials</source>
        <translation>%1 条学员感言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 free section</source>
        <translation>1 个自由章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free sections</source>
        <translation>%1 个自由章节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outline (1 item)</source>
        <translation>大纲（1 项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outline (%1 items)</source>
        <translation>大纲（%1 项）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>name wall</source>
        <translation>名字墙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>citation list</source>
        <translation>颁奖词列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quote</source>
        <translation>先姓名，后引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>引用并署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading</source>
        <translation>每人一个小标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chinese</source>
        <translation>中文序号（一、二、三、）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arabic</source>
        <translation>阿拉伯数字（1. 2. 3.）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” (%2, %3, with its award line)</source>
        <translation>“%1”（%2，%3，含表彰说明）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” (%2, %3)</source>
        <translation>“%1”（%2，%3）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(text without a heading)</source>
        <translation>（没有标题的文字）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the text before the first heading)</source>
        <translation>（第一个标题之前的文字）</translation>
    </message>
</context>
<context>
    <name>ImportRowsDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_rows_dialog.py" line="+82"/>
        <source>Import Rows</source>
        <translation>导入行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import rows from a spreadsheet</source>
        <translation>从电子表格导入行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1%2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The first rows of the spreadsheet</source>
        <translation>电子表格的前几行</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import &amp;into:</source>
        <translation>导入到(&amp;I)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows there:</source>
        <translation>已有的行：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the field each column goes into:</source>
        <translation>为每一列选择要填入的字段：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(skip)</source>
        <translation>（跳过）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company and position</source>
        <translation>公司职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they did</source>
        <translation>贡献</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>颁奖词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimonial</source>
        <translation>感言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field for column “%1”</source>
        <translation>“%1”列对应的字段</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Add after the %1 there</source>
        <translation>追加到已有的 %1 条之后(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace the %1 there</source>
        <translation>替换已有的 %1 条(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a field for at least one column.</source>
        <translation>请至少为一列选择字段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 become %2, %3 in all.</source>
        <translation>%1将成为%2，共 %3 条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with nothing in the chosen columns left out.</source>
        <translation>另有 %1 在所选列中没有内容，已略过。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/window_parts.py" line="+61"/>
        <source>Article sections</source>
        <translation>文章各部分</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export Markdown &amp;with Images…</source>
        <translation>导出带图片的 Markdown(&amp;W)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert &amp;Image…</source>
        <translation>插入图片(&amp;I)…</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>活动背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>表彰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimonials</source>
        <translation>学员感言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Phase</source>
        <translation>下期预告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="+244"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/window/file_commands.py" line="+80"/>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New project from the template “%1”</source>
        <translation>已从模板“%1”新建项目</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+24"/>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opened the example (save it to keep your changes)</source>
        <translation>已打开示例（保存后才能保留您的更改）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your changes are still here, and a copy is in the recovery file. Free some space or fix the folder&apos;s permissions, or use Save As to save elsewhere.</source>
        <translation>您的更改仍在这里，恢复文件中也有一份副本。请腾出磁盘空间或修正文件夹权限，或使用“另存为”保存到别处。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes are still here, but no recovery file could be written either: keep this window open and use Save As to save them on another disk.</source>
        <translation>您的更改仍在这里，但恢复文件也无法写入：请保持此窗口打开，并使用“另存为”把更改保存到其他磁盘。</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_commands.py" line="-5"/>
        <location filename="../../ui/window/output_commands.py" line="+57"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../ui/window/output_commands.py" line="+6"/>
        <source>Export Markdown</source>
        <translation>导出 Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown copied to the clipboard</source>
        <translation>Markdown 已复制到剪贴板</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied for WeChat: paste into the 公众号 editor</source>
        <translation>已复制为公众号格式：请粘贴到公众号编辑器</translation>
    </message>
    <message>
        <location filename="../../ui/window/unfinished_notice.py" line="+36"/>
        <source>%1 — not finished: %2 in the Checks panel</source>
        <translation>%1 — 尚未完成：检查面板中有 %2</translation>
    </message>
</context>
<context>
    <name>NextPhaseTab</name>
    <message>
        <location filename="../../ui/forms/tabs/next_phase_tab.py" line="+20"/>
        <source>&amp;Description:</source>
        <translation>介绍(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. from 2021-03-01, four weeks</source>
        <translation>例如：2021-03-01 起，为期四周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to &amp;join:</source>
        <translation>参与方式(&amp;J)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Links:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../ui/forms/tabs/photos_tab.py" line="+49"/>
        <source>&amp;Intro:</source>
        <translation>引言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pictures:</source>
        <translation>图片(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add pictures…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Caption:</source>
        <translation>图片说明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the picture shows, for screen readers</source>
        <translation>图片的内容，供读屏软件朗读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt te&amp;xt:</source>
        <translation>替代文字(&amp;X)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full width</source>
        <translation>全宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half width</source>
        <translation>半宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wi&amp;dth:</source>
        <translation>宽度(&amp;D)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>own row</source>
        <translation>单独一行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures next to each other with the same row number stand side by side</source>
        <translation>相邻且行号相同的图片并排显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side &amp;row:</source>
        <translation>并排行号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+12"/>
        <source>Move picture</source>
        <translation>移动图片</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Remove picture</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add pictures</source>
        <translation>添加图片</translation>
    </message>
</context>
<context>
    <name>PictureCommands</name>
    <message>
        <location filename="../../ui/window/picture_commands.py" line="+63"/>
        <source>Remove picture file</source>
        <translation>移除图片文件</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+23"/>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tiff *.svg)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tiff *.svg)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste Image</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Markdown with Images</source>
        <translation>导出带图片的 Markdown</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1 and %2 pictures</source>
        <translation>已导出 %1 和 %2 张图片</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 pictures added to %2</source>
        <translation>已添加 %1 张图片：%2</translation>
    </message>
</context>
<context>
    <name>PictureDownloads</name>
    <message>
        <location filename="../../ui/window/picture_downloads.py" line="+87"/>
        <source>A download is under way: wait for it, or cancel it</source>
        <translation>正在下载：请等它完成，或取消它</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+44"/>
        <location line="+23"/>
        <source>Download into the Project</source>
        <translation>下载到项目中</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Downloading picture %1 of %2:
%3</source>
        <translation>正在下载第 %1 张图片（共 %2 张）：
%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling the download…</source>
        <translation>正在取消下载…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download cancelled: the project is unchanged</source>
        <translation>已取消下载：项目没有改动</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Download pictures into the project</source>
        <translation>把图片下载到项目中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloaded into the project: %1</source>
        <translation>已下载到项目中：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not download:

%1</source>
        <translation>无法下载：

%1</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../render/pictures/cache.py" line="+46"/>
        <location filename="../../render/pictures/prepare.py" line="+46"/>
        <source>this picture cannot be read: %1</source>
        <translation>无法读取这张图片：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the picture file %1 is missing: add the picture again, or correct its path</source>
        <translation>图片文件 %1 不见了：请重新添加这张图片，或改正它的路径</translation>
    </message>
    <message>
        <location filename="../../render/pictures/prepare.py" line="+1"/>
        <source>this picture cannot be made smaller than %1 KB</source>
        <translation>这张图片无法压缩到 %1 KB 以内</translation>
    </message>
    <message>
        <location filename="../../render/pictures/svg.py" line="+28"/>
        <source>this SVG cannot be drawn: %1</source>
        <translation>无法绘制这张 SVG：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this SVG has no width and height or viewBox</source>
        <translation>这张 SVG 没有宽高，也没有 viewBox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this SVG is too tall to draw (%1 px at %2 px wide)</source>
        <translation>这张 SVG 太高，无法绘制（宽 %2 px 时高 %1 px）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG pictures need the cairo library, which is not installed: %1</source>
        <translation>SVG 图片需要 cairo 库，但它没有安装：%1</translation>
    </message>
    <message>
        <location filename="../../render/pictures/sources.py" line="+22"/>
        <source>this data: URI is not valid</source>
        <translation>这个 data: URI 无效</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/window/preference_commands.py" line="+74"/>
        <source>The interface language changes the next time recapdesk starts.</source>
        <translation>界面语言将在下次启动 recapdesk 时更改。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="+99"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/preview/preview.py" line="+67"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Markdown source</source>
        <translation>Markdown 源码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>PreviewToolbar</name>
    <message>
        <location filename="../../ui/preview/preview_toolbar.py" line="+43"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud native</source>
        <translation>云原生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>经典</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+51"/>
        <source>Primary colour</source>
        <translation>主题色</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+2"/>
        <source>Preview toolbar</source>
        <translation>预览工具栏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>375 px, a phone</source>
        <translation>375 像素，手机屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>677 px, WeChat&apos;s desktop column</source>
        <translation>677 像素，微信电脑版的正文宽度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WeChat&apos;s dark mode, as its reader shows it</source>
        <translation>按微信阅读器的深色模式显示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme of the article</source>
        <translation>文章的主题</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <location line="+25"/>
        <source>Primary colour of the theme</source>
        <translation>主题的主色</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Use the Theme&apos;s Colour</source>
        <translation>使用主题自带的颜色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>中 A</source>
        <translation>中 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for WeChat: a space between Chinese and Latin letters or digits</source>
        <translation>复制到公众号时，在中文与英文字母、数字之间加空格</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../../store/errors.py" line="+25"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a recapdesk project: a project file is TOML that starts with &apos;schema = %1&apos;</source>
        <translation>不是 recapdesk 项目：项目文件是以“schema = %1”开头的 TOML 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to make a project of this Markdown recap: recapdesk import %1 -o PROJECT.recap.toml</source>
        <translation>要把这篇 Markdown 总结变成项目：recapdesk import %1 -o PROJECT.recap.toml</translation>
    </message>
    <message>
        <location filename="../../store/migrations/__init__.py" line="+40"/>
        <source>no &apos;schema&apos; key: this is not a recapdesk project file</source>
        <translation>没有 schema 键：这不是 recapdesk 项目文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;schema&apos; must be a whole number, not %1</source>
        <translation>schema 必须是整数，而不是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written by a newer recapdesk (schema %1); this version reads schema %2 and older. Update recapdesk to open it</source>
        <translation>由更新版本的 recapdesk 写入（schema %1）；此版本只能读取 schema %2 及更早的文件。请升级 recapdesk 后再打开</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schema %1 never existed; the first schema is %2</source>
        <translation>schema %1 不存在；最早的 schema 是 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no migration from schema %1 to %2</source>
        <translation>没有从 schema %1 到 %2 的迁移</translation>
    </message>
    <message>
        <location filename="../../store/project_file.py" line="+55"/>
        <source>nested more than %1 levels deep; this is not a recapdesk project file</source>
        <translation>嵌套超过 %1 层：这不是 recapdesk 项目文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (and 1 more problem)</source>
        <translation>%1（另有 1 个问题）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (and %2 more problems)</source>
        <translation>%1（另有 %2 个问题）</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../store/recovery.py" line="+121"/>
        <source>not valid TOML: %1</source>
        <translation>不是有效的 TOML：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a date or time (%1) where text was expected; put it in quotes</source>
        <translation>此处应为文本，却是日期或时间（%1）；请给它加上引号</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>this is a binary file, not a project file</source>
        <translation>这是二进制文件，不是项目文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>不是 UTF-8 文本；请将文件保存为 UTF-8 编码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is %1 MB; a project file is at most %2 MB</source>
        <translation>文件大小为 %1 MB；项目文件最大为 %2 MB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is a folder, not a project file</source>
        <translation>这是文件夹，不是项目文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../store/recovery.py" line="-7"/>
        <source>not a recovery file: it has no [recovery] table</source>
        <translation>不是恢复文件：其中没有 [recovery] 表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an unknown kind of recovery file</source>
        <translation>未知类型的恢复文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time it was written is unreadable</source>
        <translation>无法读取它的写入时间</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too large to be a recovery file</source>
        <translation>文件太大，不可能是恢复文件</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <location filename="../../publish/api.py" line="+64"/>
        <source>RECAPDESK_WECHAT_API_BASE=%1 is not an http or https address</source>
        <translation>RECAPDESK_WECHAT_API_BASE=%1 不是 http 或 https 地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RECAPDESK_WECHAT_API_BASE=%1: plain http is accepted only for this computer (127.0.0.1, ::1, localhost); use https</source>
        <translation>RECAPDESK_WECHAT_API_BASE=%1：明文 http 只允许用于本机（127.0.0.1、::1、localhost）；请使用 https</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: using the WeChat API at %1 (RECAPDESK_WECHAT_API_BASE)</source>
        <translation>警告：正在使用位于 %1 的微信接口（RECAPDESK_WECHAT_API_BASE）</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>the WeChat API at %1 answered %2 with HTTP %3, not with JSON</source>
        <translation>位于 %1 的微信接口对 %2 的应答是 HTTP %3，而不是 JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the WeChat API at %1 did not answer in time (%2); publish again</source>
        <translation>位于 %1 的微信接口未及时应答（%2）；请重新发布</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot reach the WeChat API at %1 (%2); check the network connection or proxy</source>
        <translation>无法连接位于 %1 的微信接口（%2）；请检查网络连接或代理</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the WeChat API&apos;s answer has no %1</source>
        <translation>微信接口的应答中没有 %1</translation>
    </message>
    <message>
        <location filename="../../publish/credentials.py" line="+48"/>
        <source>no WeChat account: enter the AppID and AppSecret in Preferences &gt; WeChat account, or set RECAPDESK_WECHAT_APPID and RECAPDESK_WECHAT_APPSECRET</source>
        <translation>没有微信公众号账号：请在 首选项 &gt; 微信公众号账号 中填写 AppID 和 AppSecret，或设置 RECAPDESK_WECHAT_APPID 和 RECAPDESK_WECHAT_APPSECRET</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the system keyring cannot be used (%1); set RECAPDESK_WECHAT_APPID and RECAPDESK_WECHAT_APPSECRET instead, or unlock the keyring</source>
        <translation>无法使用系统密钥环（%1）；请改为设置 RECAPDESK_WECHAT_APPID 和 RECAPDESK_WECHAT_APPSECRET，或解锁密钥环</translation>
    </message>
    <message>
        <location filename="../../publish/errors.py" line="+57"/>
        <source>publishing was cancelled; publish again to go on where it stopped</source>
        <translation>发布已取消；再次发布即可从中断处继续</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WeChat refused the call from IP address %1: it is not on the account&apos;s IP whitelist. Add %1 in the 公众号 backend under 设置与开发 &gt; 基本配置 &gt; IP白名单 (IP whitelist), then publish again (WeChat said: %2)</source>
        <translation>微信拒绝了来自 IP 地址 %1 的调用：它不在该公众号的 IP 白名单中。请在公众号后台 设置与开发 &gt; 基本配置 &gt; IP白名单 中添加 %1，然后重新发布（微信返回：%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WeChat did not accept a fresh access token either (%1); check the AppID and AppSecret, and publish again later</source>
        <translation>微信也不接受新获取的 access token（%1）；请检查 AppID 和 AppSecret，稍后重新发布</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WeChat&apos;s call quota for this account is used up and waiting did not help (%1); publish again later: the daily quota starts again at midnight, Beijing time</source>
        <translation>该公众号的接口调用额度已用完，等待后仍未恢复（%1）；请稍后重新发布：每日额度在北京时间零点重置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WeChat refused the article as too long (%1): its text must stay under 20,000 characters and 1 MB; shorten it or split it into two articles</source>
        <translation>微信以内容过长为由拒绝了文章（%1）：正文须少于 2 万字符且小于 1 MB；请删减内容或拆成两篇文章</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WeChat refused the title as too long (%1); shorten it in the Article tab</source>
        <translation>微信以标题过长为由拒绝（%1）；请在“文章”标签页中缩短标题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WeChat refused the digest as too long (%1); shorten it in the Article tab</source>
        <translation>微信以摘要过长为由拒绝（%1）；请在“文章”标签页中缩短摘要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WeChat refused the picture %1 (%2): pictures must be JPEG or PNG, under 1 MB in the article and under 10 MB as the cover</source>
        <translation>微信拒绝了图片 %1（%2）：图片须为 JPEG 或 PNG，正文图片小于 1 MB，封面小于 10 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WeChat refused the call: %1</source>
        <translation>微信拒绝了调用：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WeChat did not accept the AppID or the AppSecret (%1): check both in Preferences &gt; WeChat account (or RECAPDESK_WECHAT_APPID and RECAPDESK_WECHAT_APPSECRET), and whether the AppSecret was reset or frozen in the 公众号 backend</source>
        <translation>微信不接受该 AppID 或 AppSecret（%1）：请在 首选项 &gt; 微信公众号账号（或 RECAPDESK_WECHAT_APPID 和 RECAPDESK_WECHAT_APPSECRET）中检查两者，并确认 AppSecret 未在公众号后台被重置或冻结</translation>
    </message>
    <message>
        <location filename="../../publish/flow.py" line="+118"/>
        <source>a WeChat draft needs a cover picture: choose one in the Article tab (cover), or put a picture in the article</source>
        <translation>微信草稿需要封面图片：请在“文章”标签页中选择封面，或在文章中放入一张图片</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the cover %1 must be JPEG, PNG, GIF or BMP of at most %2 bytes</source>
        <translation>封面 %1 须为 JPEG、PNG、GIF 或 BMP，且不超过 %2 字节</translation>
    </message>
    <message>
        <location filename="../../publish/limits.py" line="+63"/>
        <source>a WeChat draft needs a title</source>
        <translation>微信草稿需要标题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the draft API takes titles of at most %1 characters (this one has %2)</source>
        <translation>草稿接口的标题最多 %1 个字（当前 %2 个）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WeChat takes an author of at most %1 characters (this one has %2)</source>
        <translation>微信的作者最多 %1 个字（当前 %2 个）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WeChat takes a digest of at most %1 characters (this one has %2)</source>
        <translation>微信的摘要最多 %1 个字（当前 %2 个）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the original-article link must be an http or https address of at most %1 bytes</source>
        <translation>原文链接须为 http 或 https 地址，且不超过 %1 字节</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>WeChat takes articles of fewer than %1 characters of text (this one has %2); shorten it or split it into two articles</source>
        <translation>微信文章正文须少于 %1 字符（当前 %2 个）；请删减内容或拆成两篇文章</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>WeChat takes an article&apos;s HTML under %1 bytes (this one has %2); shorten it or split it into two articles</source>
        <translation>微信文章的 HTML 须小于 %1 字节（当前 %2 字节）；请删减内容或拆成两篇文章</translation>
    </message>
    <message>
        <location filename="../../publish/pictures.py" line="+104"/>
        <source>the picture %1 cannot be read: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+40"/>
        <source>the picture %1 is not JPEG or PNG, the types WeChat takes in an article</source>
        <translation>图片 %1 不是 JPEG 或 PNG，而微信正文只接受这两种格式</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the picture %1 has %2 bytes; WeChat takes less than %3 in an article</source>
        <translation>图片 %1 有 %2 字节；微信正文图片须小于 %3 字节</translation>
    </message>
    <message>
        <location filename="../../publish/errors.py" line="-40"/>
        <source>WeChat is busy and stayed busy (%1); publish again in a few minutes</source>
        <translation>微信系统繁忙，等待后仍未恢复（%1）；请过几分钟再发布</translation>
    </message>
    <message>
        <location filename="../../publish/pictures.py" line="+31"/>
        <source>the picture %1 cannot be prepared: %2</source>
        <translation>无法处理图片 %1：%2</translation>
    </message>
    <message>
        <location filename="../../publish/cover.py" line="+64"/>
        <source>the cover %1 cannot be read as a picture</source>
        <translation>封面 %1 无法读取为图片</translation>
    </message>
</context>
<context>
    <name>PublishCommands</name>
    <message>
        <location filename="../../ui/window/publish_commands.py" line="+112"/>
        <source>Publish to WeChat Drafts</source>
        <translation>保存到公众号草稿箱</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the project first: its pictures are read beside it</source>
        <translation>请先保存项目：图片从项目文件旁读取</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Publishing was cancelled; nothing was sent</source>
        <translation>已取消，未发送任何内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WeChat would refuse this draft. Fix these fields first:</source>
        <translation>微信会拒绝这篇草稿。请先修改以下字段：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Uploading picture %1 of %2…</source>
        <translation>正在上传第 %1 张图片（共 %2 张）…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uploading the cover…</source>
        <translation>正在上传封面…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the draft…</source>
        <translation>正在保存草稿…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft %1 updated in the WeChat draft box</source>
        <translation>公众号草稿箱中的草稿 %1 已更新</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft %1 added to the WeChat draft box</source>
        <translation>草稿 %1 已添加到公众号草稿箱</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publishing failed: %1</source>
        <translation>保存草稿失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing failed</source>
        <translation>保存草稿失败</translation>
    </message>
</context>
<context>
    <name>PublishConfirmDialog</name>
    <message>
        <location filename="../../ui/dialogs/publish_dialog.py" line="+67"/>
        <source>Publish to WeChat Drafts</source>
        <translation>保存到公众号草稿箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none: WeChat takes the start of the text)</source>
        <translation>（无：微信取正文开头）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cover:</source>
        <translation>封面：</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n picture(s) of the article</source>
        <translation>
            <numerusform>正文中的 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (from RECAPDESK_WECHAT_APPID)</source>
        <translation>%1（来自 RECAPDESK_WECHAT_APPID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates this project&apos;s draft %1</source>
        <translation>更新本项目的草稿 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a new draft to the draft box (草稿箱)</source>
        <translation>在草稿箱中新建一篇草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft:</source>
        <translation>草稿：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a &amp;new draft instead</source>
        <translation>改为新建一篇草稿(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the draft published before as it is and add another one</source>
        <translation>保留之前保存的草稿不变，另外新建一篇</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to %1 (RECAPDESK_WECHAT_API_BASE), not to WeChat itself.</source>
        <translation>发送到 %1（RECAPDESK_WECHAT_API_BASE），而不是微信本身。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recapdesk only saves drafts: review the draft in the 公众号 backend and publish it there yourself.</source>
        <translation>recapdesk 只保存草稿：请在公众号后台检查草稿，并在那里自行发表。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Publish</source>
        <translation>保存草稿(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PublishProgressDialog</name>
    <message>
        <location line="+23"/>
        <source>Publishing to WeChat Drafts</source>
        <translation>正在保存到公众号草稿箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the article…</source>
        <translation>正在准备文章…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling after the current request…</source>
        <translation>当前请求完成后取消…</translation>
    </message>
</context>
<context>
    <name>RecognitionTab</name>
    <message>
        <location filename="../../ui/forms/tabs/recognition_tab.py" line="+80"/>
        <source>Recognition &amp;groups:</source>
        <translation>表彰组(&amp;G)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add group</source>
        <translation>添加表彰组(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete group</source>
        <translation>删除表彰组(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/tabs/recognition_editor.py" line="+55"/>
        <source>Markdown: **bold**, [text](https://…), - list items</source>
        <translation>Markdown：**粗体**、[文字](https://…)、- 列表项</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>头像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company and position</source>
        <translation>公司职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>期数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they did</source>
        <translation>贡献</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>颁奖词</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sh&amp;ow heading</source>
        <translation>显示标题(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Su&amp;b-heading</source>
        <translation>小标题(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ### heading under the section before it, not numbered: one of several awards under one section</source>
        <translation>上一节之下的 ### 标题，不编号：一节里的几个奖项之一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Headi&amp;ng:</source>
        <translation>标题(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layou&amp;t:</source>
        <translation>版式(&amp;T)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name&amp;s per row (name wall):</source>
        <translation>每行人数（名字墙）(&amp;S)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Privac&amp;y note:</source>
        <translation>隐私说明(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note pla&amp;ced:</source>
        <translation>说明位置(&amp;C)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Peop&amp;le:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closing te&amp;xt:</source>
        <translation>结尾(&amp;X)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mar&amp;k GitHub ids with @</source>
        <translation>GitHub 账号前加 @(&amp;K)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Show heading</source>
        <translation>显示标题</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Introduction:</source>
        <translation>引言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awa&amp;rd line:</source>
        <translation>表彰说明(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 下面是本期评出的**[Kubernetes源码之星](https://…)**：</source>
        <translation>例如：下面是本期评出的**[Kubernetes源码之星](https://…)**：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List: name — citation</source>
        <translation>列表：姓名 — 颁奖词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name wall</source>
        <translation>名字墙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation list</source>
        <translation>颁奖词列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Privacy:</source>
        <translation>隐私(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show by name and company</source>
        <translation>显示姓名和公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show by name (no company, position, city)</source>
        <translation>只显示姓名（不显示公司、职位、城市）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub ids only (no names)</source>
        <translation>只显示 GitHub 账号（不显示姓名）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Above the people</source>
        <translation>名单上方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the people</source>
        <translation>名单下方</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>GitHub ids as @id</source>
        <translation>GitHub 账号前加 @</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colu&amp;mns shown:</source>
        <translation>显示的列(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/tabs/recognition_tab.py" line="+91"/>
        <source>New group</source>
        <translation>新表彰组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add group</source>
        <translation>添加表彰组</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete group</source>
        <translation>删除表彰组</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move group up</source>
        <translation>上移表彰组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move group down</source>
        <translation>下移表彰组</translation>
    </message>
    <message>
        <location filename="../../ui/forms/tabs/avatar_fetch.py" line="+52"/>
        <source>Cancelled: %1 avatars fetched.</source>
        <translation>已取消：获取了 %1 个头像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 avatars fetched.</source>
        <translation>获取了 %1 个头像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not fetched (%1):</source>
        <translation>未获取（%1）：</translation>
    </message>
    <message>
        <location filename="../../ui/forms/tabs/recognition_avatars.py" line="+83"/>
        <location line="+243"/>
        <source>Fetch avatars</source>
        <translation>获取头像</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>The GitHub avatar of everyone with a GitHub id and no photo yet, into the project&apos;s assets folder</source>
        <translation>为每位有 GitHub 账号、还没有照片的人获取 GitHub 头像，存入项目的资源文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture file as the selected person&apos;s photo</source>
        <translation>选一个图片文件作为所选人员的照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+137"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The selected person is shown by their initials again</source>
        <translation>所选人员重新以姓名缩写显示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avatars fetched</source>
        <translation>已获取的头像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching avatars: %v of %m</source>
        <translation>正在获取头像：%v / %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Everyone with a GitHub id has a photo already.</source>
        <translation>有 GitHub 账号的人都已经有照片了。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose a Photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>RecordTableEditor</name>
    <message>
        <location filename="../../ui/forms/widgets/record_table_editor.py" line="+78"/>
        <source>Refused value</source>
        <translation>被拒绝的值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste rows</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Append rows copied from a spreadsheet (tab-separated)</source>
        <translation>追加从电子表格复制的行（以制表符分隔）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move rows</source>
        <translation>移动行</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>粘贴 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../../ui/forms/widgets/form_parts.py" line="+68"/>
        <source>“%1:” links are refused: only http://, https:// and mailto: links</source>
        <translation>不接受“%1:”链接：只能使用 http://、https:// 和 mailto: 链接</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Sho&amp;w heading</source>
        <translation>显示标题(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: the section continues the one before it, unnumbered</source>
        <translation>关闭时，本章节接在上一章节之后，不编号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headin&amp;g:</source>
        <translation>标题(&amp;G)：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Markdown: **bold**, [text](https://…), - list items</source>
        <translation>Markdown：**粗体**、[文字](https://…)、- 列表项</translation>
    </message>
</context>
<context>
    <name>SectionOrderEditor</name>
    <message>
        <location filename="../../ui/forms/tabs/section_order.py" line="+138"/>
        <source>Section order</source>
        <translation>章节顺序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked sections are in the article; drag or use Move up/down to reorder</source>
        <translation>勾选的章节会出现在文章中；拖动或使用“上移”“下移”调整顺序</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Section o&amp;rder (checked sections are in the article):</source>
        <translation>章节顺序（勾选的章节会出现在文章中）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Move section</source>
        <translation>移动章节</translation>
    </message>
</context>
<context>
    <name>SectionOrderModel</name>
    <message>
        <location line="-155"/>
        <source>(untitled section)</source>
        <translation>（无标题章节）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Free section</source>
        <translation>自由章节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition group</source>
        <translation>表彰组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden: left out of the article</source>
        <translation>已隐藏：不出现在文章中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Heading not shown: continues the section before it</source>
        <translation>不显示标题：接在上一章节之后</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show section</source>
        <translation>显示章节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide section</source>
        <translation>隐藏章节</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../settings.py" line="+44"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New projects</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for WeChat</source>
        <translation>复制到公众号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud native</source>
        <translation>云原生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>经典</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone (375 px)</source>
        <translation>手机（375 像素）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop (677 px, WeChat&apos;s desktop column)</source>
        <translation>电脑（677 像素，微信电脑版的正文宽度）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of menus and dialogs. The article&apos;s language is set per project, in the Article tab.</source>
        <translation>菜单和对话框所用的语言。文章的语言按项目设置，在“文章”标签页中选择。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Autosave at least every:</source>
        <translation>自动保存间隔不超过(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While you keep typing, unsaved changes go to the recovery file at least this often; after a pause of a few seconds they go there anyway.</source>
        <translation>持续输入时，未保存的更改至少按此间隔写入恢复文件；停顿几秒后也会写入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The theme a new project starts with; each project keeps its own.</source>
        <translation>新项目使用的主题；每个项目各自保存自己的主题。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview &amp;width:</source>
        <translation>预览宽度(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The width a new window&apos;s preview starts with.</source>
        <translation>新窗口中预览的初始宽度。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Space between Chinese and Latin letters or digits</source>
        <translation>在中文与英文字母、数字之间加空格(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the 中 A button of the preview starts switched on. It applies to Chinese articles only.</source>
        <translation>预览工具栏中“中 A”按钮的初始状态。只对中文文章起作用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Links as numbered references</source>
        <translation>链接改为编号引用(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat refuses links to other sites: each becomes its text and a [n] marker, and the addresses are listed at the end. Off: only the text is kept.</source>
        <translation>公众号文章不允许链接到其他网站：每个链接改为文字加 [n] 标记，网址列在文末。关闭时只保留文字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="-52"/>
        <source>Used from the next start of recapdesk.</source>
        <translation>下次启动 recapdesk 时生效。</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/dialogs/template_dialog.py" line="+74"/>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article &amp;language:</source>
        <translation>文章语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Templates:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the template&apos;s article</source>
        <translation>模板文章的预览</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../templates.py" line="+35"/>
        <source>Study group</source>
        <translation>学习小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phase of a study group, like the bundled example: numbers used in sentences, the honorees, testimonials, the committee and the next phase</source>
        <translation>学习小组的一期活动，与内置示例相同：写进句子里的数据、优秀学员表彰、学员感言、管委会和下期预告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meetup</source>
        <translation>Meetup 技术沙龙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A meetup: one section per talk, the speakers and their talks, the slides, a wall of volunteers and the sponsors</source>
        <translation>线下 Meetup：每场分享一节、讲师与分享主题、幻灯片、志愿者名单墙和致谢单位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mentorship program</source>
        <translation>导师计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mentorship program: selection in numbers, the mentors and mentees of each project with their roles, and their feedback as quotes</source>
        <translation>导师计划：选拔数据、每个项目的导师和学员（带职责列），以及引用形式的反馈</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hackathon / Hacktoberfest</source>
        <translation>黑客松 / Hacktoberfest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hackathon or Hacktoberfest: the winners&apos; table, a wall of every contributor&apos;s GitHub id, the mentors and judges</source>
        <translation>黑客松或 Hacktoberfest：获奖作品表、所有贡献者 GitHub 账号的名单墙、导师和评委</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation sprint</source>
        <translation>翻译冲刺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A translation sprint: the leads, each translator with the chapters they translated, the reviewers and the conventions</source>
        <translation>翻译冲刺：翻译负责人、每位译者与其翻译的章节、优秀审校和翻译约定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contributor awards</source>
        <translation>贡献者奖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributor awards: one citation list per award, the community stars as a list and the ceremony</source>
        <translation>贡献者奖：每个奖项一份带颁奖词的名单、社区之星列表和颁奖典礼</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yearly community summary</source>
        <translation>社区年度总结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A community&apos;s year: numbers, milestones and events, then maintainers, new committers, speakers, volunteers and newcomers as name lists and walls</source>
        <translation>社区的一年：数据、里程碑和活动，以及维护者、新晋 committer、讲师、志愿者和新贡献者的名单与名单墙</translation>
    </message>
</context>
<context>
    <name>TestimonialListModel</name>
    <message>
        <location filename="../../ui/forms/tabs/testimonial_list.py" line="+49"/>
        <source>No testimonial text yet</source>
        <translation>还没有感言内容</translation>
    </message>
</context>
<context>
    <name>TestimonialPeopleEditor</name>
    <message>
        <location filename="../../ui/forms/tabs/testimonial_people.py" line="+51"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dupli&amp;cate</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;People (drag to reorder):</source>
        <translation>人员（拖动可调整顺序）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. first cohort</source>
        <translation>例如：研习一期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub id</source>
        <translation>GitHub 账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without @</source>
        <translation>不带 @</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testimonial (Markdown)</source>
        <translation>感言（Markdown）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they said, in Markdown</source>
        <translation>感言内容，使用 Markdown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coho&amp;rt:</source>
        <translation>期次(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;le:</source>
        <translation>角色(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;GitHub id:</source>
        <translation>GitHub 账号(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testi&amp;monial:</source>
        <translation>感言(&amp;M)：</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Duplicate %n person(s)</source>
        <translation>
            <numerusform>复制 %n 位人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>删除 %n 位人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Move %n person(s)</source>
        <translation>
            <numerusform>移动 %n 位人员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestimonialsTab</name>
    <message>
        <location filename="../../ui/forms/tabs/testimonials_tab.py" line="+50"/>
        <source>Testimonials</source>
        <translation>学员感言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section heading</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show heading</source>
        <translation>显示标题(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show heading</source>
        <translation>显示标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the testimonials continue the section before, without a heading</source>
        <translation>关闭时，感言接在上一章节之后，不显示标题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intro (Markdown)</source>
        <translation>引言（Markdown）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the testimonials were collected</source>
        <translation>感言是如何收集的</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show people by</source>
        <translation>人员显示方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, company and cohort</source>
        <translation>姓名、公司和期次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name and cohort (no company)</source>
        <translation>姓名和期次（不显示公司）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub id only (no names)</source>
        <translation>只显示 GitHub 账号（不显示姓名）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy note (Markdown)</source>
        <translation>隐私说明（Markdown）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 应本人要求，以下按 GitHub id 列出。(shown only with testimonials)</source>
        <translation>例如：应本人要求，以下按 GitHub 账号列出。（有感言时才显示）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place of the privacy note</source>
        <translation>隐私说明的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the testimonials</source>
        <translation>感言上方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the testimonials</source>
        <translation>感言下方</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dash before a signature</source>
        <translation>署名前的破折号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-- before the signature</source>
        <translation>署名前用 --</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—— before the signature</source>
        <translation>署名前用 ——</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—— before Chinese signatures, -- before others</source>
        <translation>中文署名前用 ——，其他用 --</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quotes apart by a rule (---)</source>
        <translation>感言之间加分隔线 (---)(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule between testimonials</source>
        <translation>感言之间加分隔线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sec&amp;tion heading:</source>
        <translation>章节标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intro:</source>
        <translation>引言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show people &amp;by:</source>
        <translation>人员显示方式(&amp;B)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy remar&amp;k:</source>
        <translation>隐私说明(&amp;K)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;yle:</source>
        <translation>样式(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing text (Markdown)</source>
        <translation>结束语（Markdown）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown after the last testimonial</source>
        <translation>显示在最后一条感言之后</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing te&amp;xt:</source>
        <translation>结束语(&amp;X)：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bullet with each person&apos;s name, their words indented under it</source>
        <translation>每人一个列表项写姓名，感言缩进在下方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, then quote</source>
        <translation>先姓名，后引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person&apos;s name in bold, then their words as a quote</source>
        <translation>姓名加粗，随后以引用块呈现感言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote, signed</source>
        <translation>引用并署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person&apos;s words as a quote, signed with their name at its end</source>
        <translation>感言以引用块呈现，末尾署上姓名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heading per person</source>
        <translation>每人一个小标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small heading with each person&apos;s name, their words under it</source>
        <translation>以姓名作小标题，感言写在其下</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../model/validation.py" line="+25"/>
        <source>write the id without the leading @</source>
        <translation>请去掉开头的 @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a GitHub id has at most 39 characters</source>
        <translation>GitHub 账号最多 39 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a GitHub id has only letters, digits and single hyphens inside</source>
        <translation>GitHub 账号只能包含字母、数字和中间的单个连字符</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a URL has no spaces</source>
        <translation>网址中不能有空格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only http://, https:// and mailto: links are allowed</source>
        <translation>只允许 http://、https:// 和 mailto: 链接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a mailto: link needs an address</source>
        <translation>mailto: 链接需要邮箱地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL has no host</source>
        <translation>网址缺少主机名</translation>
    </message>
    <message>
        <location filename="../../model/number_text.py" line="+21"/>
        <source>not a number (write it as 1234, 1,234, 1.2万 or 一千二百); the article shows it as not known yet</source>
        <translation>不是数字（可写作 1234、1,234、1.2万 或 一千二百）；文章中显示为尚未确定</translation>
    </message>
    <message>
        <location filename="../../model/sections.py" line="+51"/>
        <source>a key starts with a letter and has only letters, digits, _ and -</source>
        <translation>键名以字母开头，只能包含字母、数字、_ 和 -</translation>
    </message>
</context>
<context>
    <name>WeChatAccountBox</name>
    <message>
        <location filename="../../ui/dialogs/wechat_account.py" line="+59"/>
        <source>WeChat account</source>
        <translation>公众号账号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AppID</source>
        <translation>开发者ID（AppID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公众号 backend: 设置与开发 &gt; 基本配置</source>
        <translation>公众号后台：设置与开发 &gt; 基本配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AppSecret</source>
        <translation>开发者密码（AppSecret）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget</source>
        <translation>移除(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this account from the system keyring</source>
        <translation>从系统密钥环中移除此账号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AppI&amp;D:</source>
        <translation>开发者ID（AppID）(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AppSe&amp;cret:</source>
        <translation>开发者密码（AppSecret）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 and %2 are set: publishing uses the account %3 from the environment, not the one below.</source>
        <translation>已设置 %1 和 %2：保存草稿使用环境变量中的账号 %3，而不是下面的账号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No system keyring was found (on Linux: the Secret Service of GNOME Keyring or KWallet), so recapdesk cannot keep the AppSecret. Set %1 and %2 in the environment instead.</source>
        <translation>没有找到系统密钥环（桌面系统的密码保管服务），recapdesk 无法保存开发者密码。请改为设置环境变量 %1 和 %2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept in the system keyring; type a new one to replace it</source>
        <translation>已保存在系统密钥环中；输入新的即可替换</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the system keyring, never in a file</source>
        <translation>保存在系统密钥环中，绝不写入文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account %1 was removed from the keyring.</source>
        <translation>账号 %1 已从密钥环中移除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter both the AppID and its AppSecret.</source>
        <translation>请同时输入开发者ID和开发者密码。</translation>
    </message>
</context>
<context>
    <name>WeChatDraftFields</name>
    <message>
        <location filename="../../ui/forms/tabs/wechat_fields.py" line="+73"/>
        <source>WeChat draft</source>
        <translation>公众号草稿</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cover picture</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the article&apos;s first picture</source>
        <translation>留空：使用文章的第一张图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the cover picture</source>
        <translation>选择封面图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JPEG, PNG, GIF or BMP beside the project, at most 10 MB; WeChat shows it at 2.35:1 (900×383 pixels looks right)</source>
        <translation>项目旁的 JPEG、PNG、GIF 或 BMP 图片，最大 10 MB；微信按 2.35:1 显示（900×383 像素效果最好）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crop…</source>
        <translation>裁剪…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop the cover to 2.35:1</source>
        <translation>将封面裁剪为 2.35:1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the part of the cover WeChat shows (2.35:1); without a crop of yours, the centre of the picture</source>
        <translation>选择公众号显示的封面部分（2.35:1）；不自己裁剪时使用图片的中间部分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary under the title, at most 128 characters</source>
        <translation>标题下方的摘要，最多 128 个字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author shown by WeChat</source>
        <translation>公众号显示的作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 16 characters</source>
        <translation>最多 16 个字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original link</source>
        <translation>原文链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article&apos;s GitHub or blog address, behind 阅读原文 (Read the original)</source>
        <translation>文章在 GitHub 或博客上的地址，即“阅读原文”指向的链接</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Comment box</source>
        <translation>留言</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to every reader</source>
        <translation>所有读者可留言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to followers only</source>
        <translation>仅关注者可留言</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cover:</source>
        <translation>封面：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dige&amp;st:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author shown b&amp;y WeChat:</source>
        <translation>公众号作者(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original lin&amp;k:</source>
        <translation>原文链接(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment bo&amp;x:</source>
        <translation>留言(&amp;X)：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save the project first: the cover is kept beside the project file</source>
        <translation>请先保存项目：封面保存在项目文件旁</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cover was not added: %1</source>
        <translation>未能添加封面：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a cover first; without one, the centre of the article&apos;s first picture is used</source>
        <translation>请先选择封面；没有封面时，使用文章第一张图片的中间部分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cover %1 is not there</source>
        <translation>封面 %1 不存在</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="+82"/>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New from Te&amp;mplate…</source>
        <translation>从模板新建(&amp;M)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Rows…</source>
        <translation>导入行(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Mark&amp;down…</source>
        <translation>导入 Markdown(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;HTML…</source>
        <translation>HTML(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Mar&amp;kdown</source>
        <translation>复制 Markdown(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy for WeChat</source>
        <translation>复制到公众号(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Publish to WeChat Drafts…</source>
        <translation>保存到公众号草稿箱(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About recapdesk</source>
        <translation>关于 recapdesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Background</source>
        <translation>活动背景(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recognition</source>
        <translation>表彰(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testimonials</source>
        <translation>学员感言(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Phase</source>
        <translation>下期预告(&amp;N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown &amp;Source</source>
        <translation>Markdown 源码(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Recen&amp;t</source>
        <translation>最近打开(&amp;T)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/window/export_menu.py" line="+28"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Long &amp;Image (PNG)…</source>
        <translation>长图 (PNG)(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review Page (self-contained HTML)…</source>
        <translation>审阅页面（独立 HTML）(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Honor-Roll &amp;Cards…</source>
        <translation>荣誉榜卡片(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cer&amp;tificates…</source>
        <translation>证书(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../headless_parser.py" line="-146"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
</context>
</TS>
