from .pages import CourseIndexPage, CoursePage, CoursePageTag, LessonPage, ModulePage
from .progress import Certificate, CheckAttempt, Enrolment, LessonCompletion

__all__ = [
    "CheckAttempt",
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "CoursePageTag",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
]
