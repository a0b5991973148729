from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_bool, as_datetime, as_int, as_str, format_datetime, is_null_date
from .._read import (
    as_object,
    read,
    read_list,
)
from .._typed import Mirror, Tally, fitted, fromisoformat, list_of, or_null, read_raw_items
from ..drift import READ_ERRORS, Drift, collect, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_client import RecordClient
    from ..models.record_comer import RecordComer
    from ..models.record_comer_person_info import RecordComerPersonInfo
    from ..models.record_composite import RecordComposite
    from ..models.record_composite_item import RecordCompositeItem
    from ..models.record_event_data_custom_fields_item import RecordEventDataCustomFieldsItem
    from ..models.record_event_data_custom_fields_map import RecordEventDataCustomFieldsMap
    from ..models.record_event_data_documents_item import RecordEventDataDocumentsItem
    from ..models.record_event_data_goods_transactions_item import (
        RecordEventDataGoodsTransactionsItem,
    )
    from ..models.record_event_data_record_labels_item import RecordEventDataRecordLabelsItem
    from ..models.record_event_data_services_item import RecordEventDataServicesItem
    from ..models.record_staff import RecordStaff


T = TypeVar("T", bound="RecordEventData")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "clients_count",
        "date",
        "datetime",
        "create_date",
        "last_change_date",
        "comment",
        "online",
        "visit_id",
        "visit_attendance",
        "attendance",
        "confirmed",
        "seance_length",
        "length",
        "sms_before",
        "sms_now",
        "sms_now_text",
        "email_now",
        "notified",
        "master_request",
        "api_id",
        "from_url",
        "review_requested",
        "created_user_id",
        "deleted",
        "paid_full",
        "prepaid",
        "prepaid_confirmed",
        "is_update_blocked",
        "activity_id",
        "bookform_id",
        "record_from",
        "is_mobile",
        "services",
        "staff",
        "client",
        "goods_transactions",
        "custom_fields",
        "custom_color",
        "custom_font_color",
        "record_labels",
        "documents",
        "short_link",
        "sms_remain_hours",
        "email_remain_hours",
        "comer",
        "comer_person_info",
        "composite",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.record_client import RecordClient  # noqa: PLC0415
    from ..models.record_comer import RecordComer  # noqa: PLC0415
    from ..models.record_comer_person_info import RecordComerPersonInfo  # noqa: PLC0415
    from ..models.record_composite import RecordComposite  # noqa: PLC0415
    from ..models.record_composite_item import RecordCompositeItem  # noqa: PLC0415
    from ..models.record_event_data_custom_fields_item import RecordEventDataCustomFieldsItem  # noqa: PLC0415
    from ..models.record_event_data_custom_fields_map import RecordEventDataCustomFieldsMap  # noqa: PLC0415
    from ..models.record_event_data_documents_item import RecordEventDataDocumentsItem  # noqa: PLC0415
    from ..models.record_event_data_goods_transactions_item import (
        RecordEventDataGoodsTransactionsItem,  # noqa: PLC0415
    )
    from ..models.record_event_data_record_labels_item import RecordEventDataRecordLabelsItem  # noqa: PLC0415
    from ..models.record_event_data_services_item import RecordEventDataServicesItem  # noqa: PLC0415
    from ..models.record_staff import RecordStaff  # noqa: PLC0415

    globals().update(
        {
            "RecordClient": RecordClient,
            "RecordComer": RecordComer,
            "RecordComerPersonInfo": RecordComerPersonInfo,
            "RecordComposite": RecordComposite,
            "RecordCompositeItem": RecordCompositeItem,
            "RecordEventDataCustomFieldsItem": RecordEventDataCustomFieldsItem,
            "RecordEventDataCustomFieldsMap": RecordEventDataCustomFieldsMap,
            "RecordEventDataDocumentsItem": RecordEventDataDocumentsItem,
            "RecordEventDataGoodsTransactionsItem": RecordEventDataGoodsTransactionsItem,
            "RecordEventDataRecordLabelsItem": RecordEventDataRecordLabelsItem,
            "RecordEventDataServicesItem": RecordEventDataServicesItem,
            "RecordStaff": RecordStaff,
        }
    )
    _nested_imported = True


def _parse_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _date_type_0 = data
    date_type_0 = as_datetime(_date_type_0)

    return date_type_0


def _read_date(_date: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        date = _parse_date(_date)
    except READ_ERRORS as error:
        date = UNSET
        drift = mismatch(drift, "date", "a date-time or null", _date, error)
    return date, drift


def _parse_datetime_(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _datetime_type_0 = data
    datetime_type_0 = as_datetime(_datetime_type_0)

    return datetime_type_0


def _read_datetime_(_datetime_: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        datetime_ = _parse_datetime_(_datetime_)
    except READ_ERRORS as error:
        datetime_ = UNSET
        drift = mismatch(drift, "datetime", "a date-time or null", _datetime_, error)
    return datetime_, drift


def _parse_create_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _create_date_type_0 = data
    create_date_type_0 = as_datetime(_create_date_type_0)

    return create_date_type_0


def _read_create_date(
    _create_date: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        create_date = _parse_create_date(_create_date)
    except READ_ERRORS as error:
        create_date = UNSET
        drift = mismatch(drift, "create_date", "a date-time or null", _create_date, error)
    return create_date, drift


def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
    if data is None or is_null_date(data):
        return None
    if isinstance(data, Unset):
        return data
    _last_change_date_type_0 = data
    last_change_date_type_0 = as_datetime(_last_change_date_type_0)

    return last_change_date_type_0


def _read_last_change_date(
    _last_change_date: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        last_change_date = _parse_last_change_date(_last_change_date)
    except READ_ERRORS as error:
        last_change_date = UNSET
        drift = mismatch(drift, "last_change_date", "a date-time or null", _last_change_date, error)
    return last_change_date, drift


def _parse_staff(data: object) -> None | RecordStaff | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    staff_type_0 = RecordStaff.from_dict(data)

    return staff_type_0


def _read_staff(_staff: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        staff = _parse_staff(_staff)
    except READ_ERRORS as error:
        staff = UNSET
        drift = mismatch(drift, "staff", "an object or null", _staff, error)
    else:
        drift = collect(drift, "staff", staff)
    return staff, drift


def _parse_client(data: object) -> None | RecordClient | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    client_type_0 = RecordClient.from_dict(data)

    return client_type_0


def _read_client(_client: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        client = _parse_client(_client)
    except READ_ERRORS as error:
        client = UNSET
        drift = mismatch(drift, "client", "an object or null", _client, error)
    else:
        drift = collect(drift, "client", client)
    return client, drift


def _parse_custom_fields(
    data: object,
) -> list[RecordEventDataCustomFieldsItem] | RecordEventDataCustomFieldsMap | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, list):
        try:
            _custom_fields_type_0 = data
            if not isinstance(_custom_fields_type_0, list):
                raise TypeError(f"expected a list, got {type(_custom_fields_type_0).__name__}")
            custom_fields_type_0 = []
            for custom_fields_type_0_item_data in _custom_fields_type_0:
                custom_fields_type_0_item = RecordEventDataCustomFieldsItem.from_dict(
                    custom_fields_type_0_item_data
                )

                custom_fields_type_0.append(custom_fields_type_0_item)

            return custom_fields_type_0
        except READ_ERRORS:
            pass
    if not isinstance(data, dict):
        raise TypeError()
    custom_fields_type_1 = RecordEventDataCustomFieldsMap.from_dict(data)

    return custom_fields_type_1


def _read_custom_fields(
    _custom_fields: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        custom_fields = _parse_custom_fields(_custom_fields)
    except READ_ERRORS as error:
        custom_fields = UNSET
        drift = mismatch(drift, "custom_fields", "a list or an object", _custom_fields, error)
    else:
        drift = collect(drift, "custom_fields", custom_fields)
    return custom_fields, drift


def _parse_sms_remain_hours(data: object) -> int | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    _sms_remain_hours_type_0 = data
    sms_remain_hours_type_0 = (
        _sms_remain_hours_type_0
        if type(_sms_remain_hours_type_0) is int
        else as_int(_sms_remain_hours_type_0)
    )

    return sms_remain_hours_type_0


def _read_sms_remain_hours(
    _sms_remain_hours: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        sms_remain_hours = _parse_sms_remain_hours(_sms_remain_hours)
    except READ_ERRORS as error:
        sms_remain_hours = UNSET
        drift = mismatch(drift, "sms_remain_hours", "an integer or null", _sms_remain_hours, error)
    return sms_remain_hours, drift


def _parse_email_remain_hours(data: object) -> int | None | Unset:
    if data is None:
        return None
    if isinstance(data, Unset):
        return data
    _email_remain_hours_type_0 = data
    email_remain_hours_type_0 = (
        _email_remain_hours_type_0
        if type(_email_remain_hours_type_0) is int
        else as_int(_email_remain_hours_type_0)
    )

    return email_remain_hours_type_0


def _read_email_remain_hours(
    _email_remain_hours: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        email_remain_hours = _parse_email_remain_hours(_email_remain_hours)
    except READ_ERRORS as error:
        email_remain_hours = UNSET
        drift = mismatch(
            drift, "email_remain_hours", "an integer or null", _email_remain_hours, error
        )
    return email_remain_hours, drift


def _parse_comer(data: object) -> None | RecordComer | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    comer_type_0 = RecordComer.from_dict(data)

    return comer_type_0


def _read_comer(_comer: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        comer = _parse_comer(_comer)
    except READ_ERRORS as error:
        comer = UNSET
        drift = mismatch(drift, "comer", "an object or null", _comer, error)
    else:
        drift = collect(drift, "comer", comer)
    return comer, drift


def _parse_comer_person_info(data: object) -> None | RecordComerPersonInfo | Unset:
    if data is None or data == [] or data == "":
        return None
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError()
    comer_person_info_type_0 = RecordComerPersonInfo.from_dict(data)

    return comer_person_info_type_0


def _read_comer_person_info(
    _comer_person_info: Any, drift: list[Drift] | None
) -> tuple[Any, list[Drift] | None]:
    try:
        comer_person_info = _parse_comer_person_info(_comer_person_info)
    except READ_ERRORS as error:
        comer_person_info = UNSET
        drift = mismatch(drift, "comer_person_info", "an object or null", _comer_person_info, error)
    else:
        drift = collect(drift, "comer_person_info", comer_person_info)
    return comer_person_info, drift


def _parse_composite(data: object) -> list[RecordCompositeItem] | RecordComposite | Unset:
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, dict):
        try:
            composite_type_0 = RecordComposite.from_dict(data)

            return composite_type_0
        except READ_ERRORS:
            pass
    _composite_type_1 = data
    if not isinstance(_composite_type_1, list):
        raise TypeError(f"expected a list, got {type(_composite_type_1).__name__}")
    composite_type_1 = []
    for composite_type_1_item_data in _composite_type_1:
        composite_type_1_item = RecordCompositeItem.from_dict(composite_type_1_item_data)

        composite_type_1.append(composite_type_1_item)

    return composite_type_1


def _read_composite(_composite: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        composite = _parse_composite(_composite)
    except READ_ERRORS as error:
        composite = UNSET
        drift = mismatch(drift, "composite", "an object or a list", _composite, error)
    else:
        drift = collect(drift, "composite", composite)
    return composite, drift


@_attrs_define
class RecordEventData:
    """Appointment with services, team member, client and money details.

    Attributes:
        id (int | Unset): Appointment ID
        company_id (int | Unset):
        staff_id (int | Unset):
        clients_count (int | Unset):
        date (datetime.datetime | None | Unset):
        datetime_ (datetime.datetime | None | Unset):
        create_date (datetime.datetime | None | Unset):
        last_change_date (datetime.datetime | None | Unset):
        comment (str | Unset):
        online (bool | Unset):
        visit_id (int | Unset):
        visit_attendance (int | Unset):
        attendance (int | Unset):
        confirmed (bool | Unset):
        seance_length (int | Unset): Length in seconds
        length (int | Unset):
        sms_before (int | Unset): Hours before the visit when the SMS reminder is sent; 0 = no reminder
        sms_now (bool | Unset):
        sms_now_text (str | Unset):
        email_now (bool | Unset):
        notified (str | Unset):
        master_request (str | Unset):
        api_id (str | Unset):
        from_url (str | Unset):
        review_requested (bool | Unset):
        created_user_id (int | Unset):
        deleted (bool | Unset):
        paid_full (bool | Unset):
        prepaid (bool | Unset):
        prepaid_confirmed (bool | Unset):
        is_update_blocked (bool | Unset):
        activity_id (int | Unset):
        bookform_id (int | Unset):
        record_from (str | Unset):
        is_mobile (bool | Unset):
        services (list[RecordEventDataServicesItem] | Unset): Booked services
        staff (None | RecordStaff | Unset): Assigned team member
        client (None | RecordClient | Unset): Client
        goods_transactions (list[RecordEventDataGoodsTransactionsItem] | Unset): Product operations tied to the
            appointment
        custom_fields (list[RecordEventDataCustomFieldsItem] | RecordEventDataCustomFieldsMap | Unset):
        custom_color (str | Unset): Hex colour
        custom_font_color (str | Unset):
        record_labels (list[RecordEventDataRecordLabelsItem] | Unset):
        documents (list[RecordEventDataDocumentsItem] | Unset):
        short_link (str | Unset):
        sms_remain_hours (int | None | Unset):
        email_remain_hours (int | None | Unset):
        comer (None | RecordComer | Unset):
        comer_person_info (None | RecordComerPersonInfo | Unset):
        composite (list[RecordCompositeItem] | RecordComposite | Unset): Composite appointment data, when relevant
    """

    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    clients_count: int | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    datetime_: datetime.datetime | None | Unset = UNSET
    create_date: datetime.datetime | None | Unset = UNSET
    last_change_date: datetime.datetime | None | Unset = UNSET
    comment: str | Unset = UNSET
    online: bool | Unset = UNSET
    visit_id: int | Unset = UNSET
    visit_attendance: int | Unset = UNSET
    attendance: int | Unset = UNSET
    confirmed: bool | Unset = UNSET
    seance_length: int | Unset = UNSET
    length: int | Unset = UNSET
    sms_before: int | Unset = UNSET
    sms_now: bool | Unset = UNSET
    sms_now_text: str | Unset = UNSET
    email_now: bool | Unset = UNSET
    notified: str | Unset = UNSET
    master_request: str | Unset = UNSET
    api_id: str | Unset = UNSET
    from_url: str | Unset = UNSET
    review_requested: bool | Unset = UNSET
    created_user_id: int | Unset = UNSET
    deleted: bool | Unset = UNSET
    paid_full: bool | Unset = UNSET
    prepaid: bool | Unset = UNSET
    prepaid_confirmed: bool | Unset = UNSET
    is_update_blocked: bool | Unset = UNSET
    activity_id: int | Unset = UNSET
    bookform_id: int | Unset = UNSET
    record_from: str | Unset = UNSET
    is_mobile: bool | Unset = UNSET
    services: list[RecordEventDataServicesItem] | Unset = UNSET
    staff: None | RecordStaff | Unset = UNSET
    client: None | RecordClient | Unset = UNSET
    goods_transactions: list[RecordEventDataGoodsTransactionsItem] | Unset = UNSET
    custom_fields: (
        list[RecordEventDataCustomFieldsItem] | RecordEventDataCustomFieldsMap | Unset
    ) = UNSET
    custom_color: str | Unset = UNSET
    custom_font_color: str | Unset = UNSET
    record_labels: list[RecordEventDataRecordLabelsItem] | Unset = UNSET
    documents: list[RecordEventDataDocumentsItem] | Unset = UNSET
    short_link: str | Unset = UNSET
    sms_remain_hours: int | None | Unset = UNSET
    email_remain_hours: int | None | Unset = UNSET
    comer: None | RecordComer | Unset = UNSET
    comer_person_info: None | RecordComerPersonInfo | Unset = UNSET
    composite: list[RecordCompositeItem] | RecordComposite | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_client import RecordClient  # noqa: PLC0415
        from ..models.record_comer import RecordComer  # noqa: PLC0415
        from ..models.record_comer_person_info import RecordComerPersonInfo  # noqa: PLC0415
        from ..models.record_composite import RecordComposite  # noqa: PLC0415
        from ..models.record_staff import RecordStaff  # noqa: PLC0415

        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id if isinstance(self.id, int) else as_int(self.id)

        company_id: int | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = (
                self.company_id if isinstance(self.company_id, int) else as_int(self.company_id)
            )

        staff_id: int | Unset = UNSET
        if not isinstance(self.staff_id, Unset):
            staff_id = self.staff_id if isinstance(self.staff_id, int) else as_int(self.staff_id)

        clients_count: int | Unset = UNSET
        if not isinstance(self.clients_count, Unset):
            clients_count = (
                self.clients_count
                if isinstance(self.clients_count, int)
                else as_int(self.clients_count)
            )

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = format_datetime(self.date)
        else:
            date = self.date

        datetime_: None | str | Unset
        if isinstance(self.datetime_, Unset):
            datetime_ = UNSET
        elif isinstance(self.datetime_, datetime.datetime):
            datetime_ = format_datetime(self.datetime_)
        else:
            datetime_ = self.datetime_

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        elif isinstance(self.create_date, datetime.datetime):
            create_date = format_datetime(self.create_date)
        else:
            create_date = self.create_date

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = format_datetime(self.last_change_date)
        else:
            last_change_date = self.last_change_date

        comment = self.comment

        online = self.online

        visit_id: int | Unset = UNSET
        if not isinstance(self.visit_id, Unset):
            visit_id = self.visit_id if isinstance(self.visit_id, int) else as_int(self.visit_id)

        visit_attendance: int | Unset = UNSET
        if not isinstance(self.visit_attendance, Unset):
            visit_attendance = (
                self.visit_attendance
                if isinstance(self.visit_attendance, int)
                else as_int(self.visit_attendance)
            )

        attendance: int | Unset = UNSET
        if not isinstance(self.attendance, Unset):
            attendance = (
                self.attendance if isinstance(self.attendance, int) else as_int(self.attendance)
            )

        confirmed = self.confirmed

        seance_length: int | Unset = UNSET
        if not isinstance(self.seance_length, Unset):
            seance_length = (
                self.seance_length
                if isinstance(self.seance_length, int)
                else as_int(self.seance_length)
            )

        length: int | Unset = UNSET
        if not isinstance(self.length, Unset):
            length = self.length if isinstance(self.length, int) else as_int(self.length)

        sms_before: int | Unset = UNSET
        if not isinstance(self.sms_before, Unset):
            sms_before = (
                self.sms_before if isinstance(self.sms_before, int) else as_int(self.sms_before)
            )

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        email_now = self.email_now

        notified = self.notified

        master_request = self.master_request

        api_id = self.api_id

        from_url = self.from_url

        review_requested = self.review_requested

        created_user_id: int | Unset = UNSET
        if not isinstance(self.created_user_id, Unset):
            created_user_id = (
                self.created_user_id
                if isinstance(self.created_user_id, int)
                else as_int(self.created_user_id)
            )

        deleted = self.deleted

        paid_full = self.paid_full

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        is_update_blocked = self.is_update_blocked

        activity_id: int | Unset = UNSET
        if not isinstance(self.activity_id, Unset):
            activity_id = (
                self.activity_id if isinstance(self.activity_id, int) else as_int(self.activity_id)
            )

        bookform_id: int | Unset = UNSET
        if not isinstance(self.bookform_id, Unset):
            bookform_id = (
                self.bookform_id if isinstance(self.bookform_id, int) else as_int(self.bookform_id)
            )

        record_from = self.record_from

        is_mobile = self.is_mobile

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, RecordStaff):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, RecordClient):
            client = self.client.to_dict()
        else:
            client = self.client

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        custom_fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields.to_dict()

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        record_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = []
            for record_labels_item_data in self.record_labels:
                record_labels_item = record_labels_item_data.to_dict()
                record_labels.append(record_labels_item)

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        short_link = self.short_link

        sms_remain_hours: int | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        elif isinstance(self.sms_remain_hours, int):
            sms_remain_hours = (
                self.sms_remain_hours
                if isinstance(self.sms_remain_hours, int)
                else as_int(self.sms_remain_hours)
            )
        else:
            sms_remain_hours = self.sms_remain_hours

        email_remain_hours: int | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        elif isinstance(self.email_remain_hours, int):
            email_remain_hours = (
                self.email_remain_hours
                if isinstance(self.email_remain_hours, int)
                else as_int(self.email_remain_hours)
            )
        else:
            email_remain_hours = self.email_remain_hours

        comer: dict[str, Any] | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        elif isinstance(self.comer, RecordComer):
            comer = self.comer.to_dict()
        else:
            comer = self.comer

        comer_person_info: dict[str, Any] | None | Unset
        if isinstance(self.comer_person_info, Unset):
            comer_person_info = UNSET
        elif isinstance(self.comer_person_info, RecordComerPersonInfo):
            comer_person_info = self.comer_person_info.to_dict()
        else:
            comer_person_info = self.comer_person_info

        composite: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.composite, Unset):
            composite = UNSET
        elif isinstance(self.composite, RecordComposite):
            composite = self.composite.to_dict()
        else:
            composite = []
            for composite_type_1_item_data in self.composite:
                composite_type_1_item = composite_type_1_item_data.to_dict()
                composite.append(composite_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if online is not UNSET:
            field_dict["online"] = online
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if length is not UNSET:
            field_dict["length"] = length
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if notified is not UNSET:
            field_dict["notified"] = notified
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if created_user_id is not UNSET:
            field_dict["created_user_id"] = created_user_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if paid_full is not UNSET:
            field_dict["paid_full"] = paid_full
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if client is not UNSET:
            field_dict["client"] = client
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if documents is not UNSET:
            field_dict["documents"] = documents
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if comer is not UNSET:
            field_dict["comer"] = comer
        if comer_person_info is not UNSET:
            field_dict["comer_person_info"] = comer_person_info
        if composite is not UNSET:
            field_dict["composite"] = composite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        id = _get("id", UNSET)
        if type(id) is not int:
            _absent += id is UNSET
            id, drift = read(id, as_int, "id", "an integer", drift)

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int:
            _absent += company_id is UNSET
            company_id, drift = read(company_id, as_int, "company_id", "an integer", drift)

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int:
            _absent += staff_id is UNSET
            staff_id, drift = read(staff_id, as_int, "staff_id", "an integer", drift)

        clients_count = _get("clients_count", UNSET)
        if type(clients_count) is not int:
            _absent += clients_count is UNSET
            clients_count, drift = read(clients_count, as_int, "clients_count", "an integer", drift)

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = as_datetime(date)
            except READ_ERRORS:
                date, drift = _read_date(date, drift)
        elif date is not None:
            _absent += date is UNSET
            date, drift = _read_date(date, drift)

        datetime_ = _get("datetime", UNSET)
        if type(datetime_) is str:
            try:
                datetime_ = as_datetime(datetime_)
            except READ_ERRORS:
                datetime_, drift = _read_datetime_(datetime_, drift)
        elif datetime_ is not None:
            _absent += datetime_ is UNSET
            datetime_, drift = _read_datetime_(datetime_, drift)

        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = as_datetime(create_date)
            except READ_ERRORS:
                create_date, drift = _read_create_date(create_date, drift)
        elif create_date is not None:
            _absent += create_date is UNSET
            create_date, drift = _read_create_date(create_date, drift)

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = as_datetime(last_change_date)
            except READ_ERRORS:
                last_change_date, drift = _read_last_change_date(last_change_date, drift)
        elif last_change_date is not None:
            _absent += last_change_date is UNSET
            last_change_date, drift = _read_last_change_date(last_change_date, drift)

        comment = _get("comment", UNSET)
        if type(comment) is not str:
            _absent += comment is UNSET
            comment, drift = read(comment, as_str, "comment", "a string", drift)

        online = _get("online", UNSET)
        if type(online) is not bool:
            _absent += online is UNSET
            online, drift = read(online, as_bool, "online", "a boolean", drift)

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int:
            _absent += visit_id is UNSET
            visit_id, drift = read(visit_id, as_int, "visit_id", "an integer", drift)

        visit_attendance = _get("visit_attendance", UNSET)
        if type(visit_attendance) is not int:
            _absent += visit_attendance is UNSET
            visit_attendance, drift = read(
                visit_attendance, as_int, "visit_attendance", "an integer", drift
            )

        attendance = _get("attendance", UNSET)
        if type(attendance) is not int:
            _absent += attendance is UNSET
            attendance, drift = read(attendance, as_int, "attendance", "an integer", drift)

        confirmed = _get("confirmed", UNSET)
        if type(confirmed) is not bool:
            _absent += confirmed is UNSET
            confirmed, drift = read(confirmed, as_bool, "confirmed", "a boolean", drift)

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not int:
            _absent += seance_length is UNSET
            seance_length, drift = read(seance_length, as_int, "seance_length", "an integer", drift)

        length = _get("length", UNSET)
        if type(length) is not int:
            _absent += length is UNSET
            length, drift = read(length, as_int, "length", "an integer", drift)

        sms_before = _get("sms_before", UNSET)
        if type(sms_before) is not int:
            _absent += sms_before is UNSET
            sms_before, drift = read(sms_before, as_int, "sms_before", "an integer", drift)

        sms_now = _get("sms_now", UNSET)
        if type(sms_now) is not bool:
            _absent += sms_now is UNSET
            sms_now, drift = read(sms_now, as_bool, "sms_now", "a boolean", drift)

        sms_now_text = _get("sms_now_text", UNSET)
        if type(sms_now_text) is not str:
            _absent += sms_now_text is UNSET
            sms_now_text, drift = read(sms_now_text, as_str, "sms_now_text", "a string", drift)

        email_now = _get("email_now", UNSET)
        if type(email_now) is not bool:
            _absent += email_now is UNSET
            email_now, drift = read(email_now, as_bool, "email_now", "a boolean", drift)

        notified = _get("notified", UNSET)
        if type(notified) is not str:
            _absent += notified is UNSET
            notified, drift = read(notified, as_str, "notified", "a string", drift)

        master_request = _get("master_request", UNSET)
        if type(master_request) is not str:
            _absent += master_request is UNSET
            master_request, drift = read(
                master_request, as_str, "master_request", "a string", drift
            )

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str:
            _absent += api_id is UNSET
            api_id, drift = read(api_id, as_str, "api_id", "a string", drift)

        from_url = _get("from_url", UNSET)
        if type(from_url) is not str:
            _absent += from_url is UNSET
            from_url, drift = read(from_url, as_str, "from_url", "a string", drift)

        review_requested = _get("review_requested", UNSET)
        if type(review_requested) is not bool:
            _absent += review_requested is UNSET
            review_requested, drift = read(
                review_requested, as_bool, "review_requested", "a boolean", drift
            )

        created_user_id = _get("created_user_id", UNSET)
        if type(created_user_id) is not int:
            _absent += created_user_id is UNSET
            created_user_id, drift = read(
                created_user_id, as_int, "created_user_id", "an integer", drift
            )

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool:
            _absent += deleted is UNSET
            deleted, drift = read(deleted, as_bool, "deleted", "a boolean", drift)

        paid_full = _get("paid_full", UNSET)
        if type(paid_full) is not bool:
            _absent += paid_full is UNSET
            paid_full, drift = read(paid_full, as_bool, "paid_full", "a boolean", drift)

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not bool:
            _absent += prepaid is UNSET
            prepaid, drift = read(prepaid, as_bool, "prepaid", "a boolean", drift)

        prepaid_confirmed = _get("prepaid_confirmed", UNSET)
        if type(prepaid_confirmed) is not bool:
            _absent += prepaid_confirmed is UNSET
            prepaid_confirmed, drift = read(
                prepaid_confirmed, as_bool, "prepaid_confirmed", "a boolean", drift
            )

        is_update_blocked = _get("is_update_blocked", UNSET)
        if type(is_update_blocked) is not bool:
            _absent += is_update_blocked is UNSET
            is_update_blocked, drift = read(
                is_update_blocked, as_bool, "is_update_blocked", "a boolean", drift
            )

        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int:
            _absent += activity_id is UNSET
            activity_id, drift = read(activity_id, as_int, "activity_id", "an integer", drift)

        bookform_id = _get("bookform_id", UNSET)
        if type(bookform_id) is not int:
            _absent += bookform_id is UNSET
            bookform_id, drift = read(bookform_id, as_int, "bookform_id", "an integer", drift)

        record_from = _get("record_from", UNSET)
        if type(record_from) is not str:
            _absent += record_from is UNSET
            record_from, drift = read(record_from, as_str, "record_from", "a string", drift)

        is_mobile = _get("is_mobile", UNSET)
        if type(is_mobile) is not bool:
            _absent += is_mobile is UNSET
            is_mobile, drift = read(is_mobile, as_bool, "is_mobile", "a boolean", drift)

        services = _get("services", UNSET)
        if type(services) is list:
            _items = []
            for _index, _item in enumerate(services):
                if type(_item) is dict:
                    _item = RecordEventDataServicesItem.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"services[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        RecordEventDataServicesItem.from_dict,
                        f"services[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            services = _items
        else:
            _absent += services is UNSET
            services, drift = read_list(services, "services", drift)

        staff = _get("staff", UNSET)
        if type(staff) is dict:
            staff = RecordStaff.from_dict(staff)
            if staff.drift:
                drift = nested(drift, "staff", staff.drift)
        elif staff is not None:
            _absent += staff is UNSET
            staff, drift = _read_staff(staff, drift)

        client = _get("client", UNSET)
        if type(client) is dict:
            client = RecordClient.from_dict(client)
            if client.drift:
                drift = nested(drift, "client", client.drift)
        elif client is not None:
            _absent += client is UNSET
            client, drift = _read_client(client, drift)

        goods_transactions = _get("goods_transactions", UNSET)
        if type(goods_transactions) is list:
            _items = []
            for _index, _item in enumerate(goods_transactions):
                if type(_item) is dict:
                    _item = RecordEventDataGoodsTransactionsItem.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"goods_transactions[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        RecordEventDataGoodsTransactionsItem.from_dict,
                        f"goods_transactions[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            goods_transactions = _items
        else:
            _absent += goods_transactions is UNSET
            goods_transactions, drift = read_list(goods_transactions, "goods_transactions", drift)

        custom_fields = _get("custom_fields", UNSET)
        _absent += custom_fields is UNSET
        custom_fields, drift = _read_custom_fields(custom_fields, drift)

        custom_color = _get("custom_color", UNSET)
        if type(custom_color) is not str:
            _absent += custom_color is UNSET
            custom_color, drift = read(custom_color, as_str, "custom_color", "a string", drift)

        custom_font_color = _get("custom_font_color", UNSET)
        if type(custom_font_color) is not str:
            _absent += custom_font_color is UNSET
            custom_font_color, drift = read(
                custom_font_color, as_str, "custom_font_color", "a string", drift
            )

        record_labels = _get("record_labels", UNSET)
        if type(record_labels) is list:
            _items = []
            for _index, _item in enumerate(record_labels):
                if type(_item) is dict:
                    _item = RecordEventDataRecordLabelsItem.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"record_labels[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        RecordEventDataRecordLabelsItem.from_dict,
                        f"record_labels[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            record_labels = _items
        else:
            _absent += record_labels is UNSET
            record_labels, drift = read_list(record_labels, "record_labels", drift)

        documents = _get("documents", UNSET)
        if type(documents) is list:
            _items = []
            for _index, _item in enumerate(documents):
                if type(_item) is dict:
                    _item = RecordEventDataDocumentsItem.from_dict(_item)
                    if _item.drift:
                        drift = nested(drift, f"documents[{_index}]", _item.drift)
                else:
                    _item, drift = read(
                        _item,
                        RecordEventDataDocumentsItem.from_dict,
                        f"documents[{_index}]",
                        "an object",
                        drift,
                    )
                    if _item is UNSET:
                        continue
                _items.append(_item)
            documents = _items
        else:
            _absent += documents is UNSET
            documents, drift = read_list(documents, "documents", drift)

        short_link = _get("short_link", UNSET)
        if type(short_link) is not str:
            _absent += short_link is UNSET
            short_link, drift = read(short_link, as_str, "short_link", "a string", drift)

        sms_remain_hours = _get("sms_remain_hours", UNSET)
        _absent += sms_remain_hours is UNSET
        sms_remain_hours, drift = _read_sms_remain_hours(sms_remain_hours, drift)

        email_remain_hours = _get("email_remain_hours", UNSET)
        _absent += email_remain_hours is UNSET
        email_remain_hours, drift = _read_email_remain_hours(email_remain_hours, drift)

        comer = _get("comer", UNSET)
        if type(comer) is dict:
            comer = RecordComer.from_dict(comer)
            if comer.drift:
                drift = nested(drift, "comer", comer.drift)
        elif comer is not None:
            _absent += comer is UNSET
            comer, drift = _read_comer(comer, drift)

        comer_person_info = _get("comer_person_info", UNSET)
        if type(comer_person_info) is dict:
            comer_person_info = RecordComerPersonInfo.from_dict(comer_person_info)
            if comer_person_info.drift:
                drift = nested(drift, "comer_person_info", comer_person_info.drift)
        elif comer_person_info is not None:
            _absent += comer_person_info is UNSET
            comer_person_info, drift = _read_comer_person_info(comer_person_info, drift)

        composite = _get("composite", UNSET)
        _absent += composite is UNSET
        composite, drift = _read_composite(composite, drift)

        record_event_data = object.__new__(cls)
        record_event_data.id = id
        record_event_data.company_id = company_id
        record_event_data.staff_id = staff_id
        record_event_data.clients_count = clients_count
        record_event_data.date = date
        record_event_data.datetime_ = datetime_
        record_event_data.create_date = create_date
        record_event_data.last_change_date = last_change_date
        record_event_data.comment = comment
        record_event_data.online = online
        record_event_data.visit_id = visit_id
        record_event_data.visit_attendance = visit_attendance
        record_event_data.attendance = attendance
        record_event_data.confirmed = confirmed
        record_event_data.seance_length = seance_length
        record_event_data.length = length
        record_event_data.sms_before = sms_before
        record_event_data.sms_now = sms_now
        record_event_data.sms_now_text = sms_now_text
        record_event_data.email_now = email_now
        record_event_data.notified = notified
        record_event_data.master_request = master_request
        record_event_data.api_id = api_id
        record_event_data.from_url = from_url
        record_event_data.review_requested = review_requested
        record_event_data.created_user_id = created_user_id
        record_event_data.deleted = deleted
        record_event_data.paid_full = paid_full
        record_event_data.prepaid = prepaid
        record_event_data.prepaid_confirmed = prepaid_confirmed
        record_event_data.is_update_blocked = is_update_blocked
        record_event_data.activity_id = activity_id
        record_event_data.bookform_id = bookform_id
        record_event_data.record_from = record_from
        record_event_data.is_mobile = is_mobile
        record_event_data.services = services
        record_event_data.staff = staff
        record_event_data.client = client
        record_event_data.goods_transactions = goods_transactions
        record_event_data.custom_fields = custom_fields
        record_event_data.custom_color = custom_color
        record_event_data.custom_font_color = custom_font_color
        record_event_data.record_labels = record_labels
        record_event_data.documents = documents
        record_event_data.short_link = short_link
        record_event_data.sms_remain_hours = sms_remain_hours
        record_event_data.email_remain_hours = email_remain_hours
        record_event_data.comer = comer
        record_event_data.comer_person_info = comer_person_info
        record_event_data.composite = composite
        record_event_data.additional_properties = (
            {}
            if len(_src) + _absent == 50
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        record_event_data.drift = tuple(drift) if drift else ()
        return record_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def typed_mirror() -> Mirror:
    """RecordEventData's msgspec Struct mirror and its conversion into RecordEventData: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    if not _nested_imported:
        _import_nested()
    from ..models.record_client import typed_mirror as _record_client_mirror  # noqa: PLC0415
    from ..models.record_comer import typed_mirror as _record_comer_mirror  # noqa: PLC0415
    from ..models.record_comer_person_info import typed_mirror as _record_comer_person_info_mirror  # noqa: PLC0415
    from ..models.record_event_data_documents_item import (
        typed_mirror as _record_event_data_documents_item_mirror,  # noqa: PLC0415
    )
    from ..models.record_event_data_goods_transactions_item import (
        typed_mirror as _record_event_data_goods_transactions_item_mirror,  # noqa: PLC0415
    )
    from ..models.record_event_data_record_labels_item import (
        typed_mirror as _record_event_data_record_labels_item_mirror,  # noqa: PLC0415
    )
    from ..models.record_event_data_services_item import (
        typed_mirror as _record_event_data_services_item_mirror,  # noqa: PLC0415
    )
    from ..models.record_staff import typed_mirror as _record_staff_mirror  # noqa: PLC0415

    _record_event_data_services_item = _record_event_data_services_item_mirror()
    _convert_record_event_data_services_item = _record_event_data_services_item.convert
    _record_staff = _record_staff_mirror()
    _convert_record_staff = _record_staff.convert
    _record_client = _record_client_mirror()
    _convert_record_client = _record_client.convert
    _record_event_data_goods_transactions_item = _record_event_data_goods_transactions_item_mirror()
    _convert_record_event_data_goods_transactions_item = (
        _record_event_data_goods_transactions_item.convert
    )
    _record_event_data_record_labels_item = _record_event_data_record_labels_item_mirror()
    _convert_record_event_data_record_labels_item = _record_event_data_record_labels_item.convert
    _record_event_data_documents_item = _record_event_data_documents_item_mirror()
    _convert_record_event_data_documents_item = _record_event_data_documents_item.convert
    _record_comer = _record_comer_mirror()
    _convert_record_comer = _record_comer.convert
    _record_comer_person_info = _record_comer_person_info_mirror()
    _convert_record_comer_person_info = _record_comer_person_info.convert
    new = object.__new__
    struct = msgspec.defstruct(
        "RecordEventDataMirror",
        [
            ("id", int, UNSET),
            ("company_id", int, UNSET),
            ("staff_id", int, UNSET),
            ("clients_count", int, UNSET),
            ("date", str | None, UNSET),
            ("datetime_", str | None, msgspec.field(default=UNSET, name="datetime")),
            ("create_date", str | None, UNSET),
            ("last_change_date", str | None, UNSET),
            ("comment", str, UNSET),
            ("online", bool, UNSET),
            ("visit_id", int, UNSET),
            ("visit_attendance", int, UNSET),
            ("attendance", int, UNSET),
            ("confirmed", bool, UNSET),
            ("seance_length", int, UNSET),
            ("length", int, UNSET),
            ("sms_before", int, UNSET),
            ("sms_now", bool, UNSET),
            ("sms_now_text", str, UNSET),
            ("email_now", bool, UNSET),
            ("notified", str, UNSET),
            ("master_request", str, UNSET),
            ("api_id", str, UNSET),
            ("from_url", str, UNSET),
            ("review_requested", bool, UNSET),
            ("created_user_id", int, UNSET),
            ("deleted", bool, UNSET),
            ("paid_full", bool, UNSET),
            ("prepaid", bool, UNSET),
            ("prepaid_confirmed", bool, UNSET),
            ("is_update_blocked", bool, UNSET),
            ("activity_id", int, UNSET),
            ("bookform_id", int, UNSET),
            ("record_from", str, UNSET),
            ("is_mobile", bool, UNSET),
            ("services", list_of(_record_event_data_services_item.struct), UNSET),
            ("staff", or_null(_record_staff.struct), UNSET),
            ("client", or_null(_record_client.struct), UNSET),
            (
                "goods_transactions",
                list_of(_record_event_data_goods_transactions_item.struct),
                UNSET,
            ),
            ("custom_fields", Any, UNSET),
            ("custom_color", str, UNSET),
            ("custom_font_color", str, UNSET),
            ("record_labels", list_of(_record_event_data_record_labels_item.struct), UNSET),
            ("documents", list_of(_record_event_data_documents_item.struct), UNSET),
            ("short_link", str, UNSET),
            ("sms_remain_hours", Any, UNSET),
            ("email_remain_hours", Any, UNSET),
            ("comer", or_null(_record_comer.struct), UNSET),
            ("comer_person_info", or_null(_record_comer_person_info.struct), UNSET),
            ("composite", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> RecordEventData:
        m = new(RecordEventData)
        m.id = s.id
        m.company_id = s.company_id
        m.staff_id = s.staff_id
        m.clients_count = s.clients_count
        v = s.date
        m.date = v if v is UNSET or v is None else fromisoformat(v)
        v = s.datetime_
        m.datetime_ = v if v is UNSET or v is None else fromisoformat(v)
        v = s.create_date
        m.create_date = v if v is UNSET or v is None else fromisoformat(v)
        v = s.last_change_date
        m.last_change_date = v if v is UNSET or v is None else fromisoformat(v)
        m.comment = s.comment
        m.online = s.online
        m.visit_id = s.visit_id
        m.visit_attendance = s.visit_attendance
        m.attendance = s.attendance
        m.confirmed = s.confirmed
        m.seance_length = s.seance_length
        m.length = s.length
        m.sms_before = s.sms_before
        m.sms_now = s.sms_now
        m.sms_now_text = s.sms_now_text
        m.email_now = s.email_now
        m.notified = s.notified
        m.master_request = s.master_request
        m.api_id = s.api_id
        m.from_url = s.from_url
        m.review_requested = s.review_requested
        m.created_user_id = s.created_user_id
        m.deleted = s.deleted
        m.paid_full = s.paid_full
        m.prepaid = s.prepaid
        m.prepaid_confirmed = s.prepaid_confirmed
        m.is_update_blocked = s.is_update_blocked
        m.activity_id = s.activity_id
        m.bookform_id = s.bookform_id
        m.record_from = s.record_from
        m.is_mobile = s.is_mobile
        v = s.services
        m.services = v if v is UNSET else [_convert_record_event_data_services_item(i) for i in v]
        v = s.staff
        m.staff = v if v is UNSET or v is None else _record_staff.convert(v)
        v = s.client
        m.client = v if v is UNSET or v is None else _record_client.convert(v)
        v = s.goods_transactions
        m.goods_transactions = (
            v if v is UNSET else [_convert_record_event_data_goods_transactions_item(i) for i in v]
        )
        m.custom_fields = fitted(_read_custom_fields(s.custom_fields, None))
        m.custom_color = s.custom_color
        m.custom_font_color = s.custom_font_color
        v = s.record_labels
        m.record_labels = (
            v if v is UNSET else [_convert_record_event_data_record_labels_item(i) for i in v]
        )
        v = s.documents
        m.documents = v if v is UNSET else [_convert_record_event_data_documents_item(i) for i in v]
        m.short_link = s.short_link
        m.sms_remain_hours = fitted(_read_sms_remain_hours(s.sms_remain_hours, None))
        m.email_remain_hours = fitted(_read_email_remain_hours(s.email_remain_hours, None))
        v = s.comer
        m.comer = v if v is UNSET or v is None else _record_comer.convert(v)
        v = s.comer_person_info
        m.comer_person_info = v if v is UNSET or v is None else _record_comer_person_info.convert(v)
        m.composite = fitted(_read_composite(s.composite, None))
        m.additional_properties = {}
        m.drift = ()
        return m

    # The same with its lists of objects kept raw: each item read on its own (_typed.py).
    lax = msgspec.defstruct(
        "RecordEventDataLaxMirror",
        [
            ("id", int, UNSET),
            ("company_id", int, UNSET),
            ("staff_id", int, UNSET),
            ("clients_count", int, UNSET),
            ("date", str | None, UNSET),
            ("datetime_", str | None, msgspec.field(default=UNSET, name="datetime")),
            ("create_date", str | None, UNSET),
            ("last_change_date", str | None, UNSET),
            ("comment", str, UNSET),
            ("online", bool, UNSET),
            ("visit_id", int, UNSET),
            ("visit_attendance", int, UNSET),
            ("attendance", int, UNSET),
            ("confirmed", bool, UNSET),
            ("seance_length", int, UNSET),
            ("length", int, UNSET),
            ("sms_before", int, UNSET),
            ("sms_now", bool, UNSET),
            ("sms_now_text", str, UNSET),
            ("email_now", bool, UNSET),
            ("notified", str, UNSET),
            ("master_request", str, UNSET),
            ("api_id", str, UNSET),
            ("from_url", str, UNSET),
            ("review_requested", bool, UNSET),
            ("created_user_id", int, UNSET),
            ("deleted", bool, UNSET),
            ("paid_full", bool, UNSET),
            ("prepaid", bool, UNSET),
            ("prepaid_confirmed", bool, UNSET),
            ("is_update_blocked", bool, UNSET),
            ("activity_id", int, UNSET),
            ("bookform_id", int, UNSET),
            ("record_from", str, UNSET),
            ("is_mobile", bool, UNSET),
            ("services", list[msgspec.Raw], UNSET),
            ("staff", or_null(_record_staff.struct), UNSET),
            ("client", or_null(_record_client.struct), UNSET),
            ("goods_transactions", list[msgspec.Raw], UNSET),
            ("custom_fields", Any, UNSET),
            ("custom_color", str, UNSET),
            ("custom_font_color", str, UNSET),
            ("record_labels", list[msgspec.Raw], UNSET),
            ("documents", list[msgspec.Raw], UNSET),
            ("short_link", str, UNSET),
            ("sms_remain_hours", Any, UNSET),
            ("email_remain_hours", Any, UNSET),
            ("comer", or_null(_record_comer.struct), UNSET),
            ("comer_person_info", or_null(_record_comer_person_info.struct), UNSET),
            ("composite", Any, UNSET),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def lax_convert(s: Any, tally: Tally) -> RecordEventData:
        m = new(RecordEventData)
        drift: list[Drift] | None = None
        m.id = s.id
        m.company_id = s.company_id
        m.staff_id = s.staff_id
        m.clients_count = s.clients_count
        v = s.date
        m.date = v if v is UNSET or v is None else fromisoformat(v)
        v = s.datetime_
        m.datetime_ = v if v is UNSET or v is None else fromisoformat(v)
        v = s.create_date
        m.create_date = v if v is UNSET or v is None else fromisoformat(v)
        v = s.last_change_date
        m.last_change_date = v if v is UNSET or v is None else fromisoformat(v)
        m.comment = s.comment
        m.online = s.online
        m.visit_id = s.visit_id
        m.visit_attendance = s.visit_attendance
        m.attendance = s.attendance
        m.confirmed = s.confirmed
        m.seance_length = s.seance_length
        m.length = s.length
        m.sms_before = s.sms_before
        m.sms_now = s.sms_now
        m.sms_now_text = s.sms_now_text
        m.email_now = s.email_now
        m.notified = s.notified
        m.master_request = s.master_request
        m.api_id = s.api_id
        m.from_url = s.from_url
        m.review_requested = s.review_requested
        m.created_user_id = s.created_user_id
        m.deleted = s.deleted
        m.paid_full = s.paid_full
        m.prepaid = s.prepaid
        m.prepaid_confirmed = s.prepaid_confirmed
        m.is_update_blocked = s.is_update_blocked
        m.activity_id = s.activity_id
        m.bookform_id = s.bookform_id
        m.record_from = s.record_from
        m.is_mobile = s.is_mobile
        v = s.services
        if v is not UNSET:
            v, drift = read_raw_items(
                v,
                _record_event_data_services_item,
                RecordEventDataServicesItem.from_dict,
                "services",
                drift,
                tally=tally,
            )
        m.services = v
        v = s.staff
        m.staff = v if v is UNSET or v is None else _record_staff.convert(v)
        v = s.client
        m.client = v if v is UNSET or v is None else _record_client.convert(v)
        v = s.goods_transactions
        if v is not UNSET:
            v, drift = read_raw_items(
                v,
                _record_event_data_goods_transactions_item,
                RecordEventDataGoodsTransactionsItem.from_dict,
                "goods_transactions",
                drift,
                tally=tally,
            )
        m.goods_transactions = v
        m.custom_fields = fitted(_read_custom_fields(s.custom_fields, None))
        m.custom_color = s.custom_color
        m.custom_font_color = s.custom_font_color
        v = s.record_labels
        if v is not UNSET:
            v, drift = read_raw_items(
                v,
                _record_event_data_record_labels_item,
                RecordEventDataRecordLabelsItem.from_dict,
                "record_labels",
                drift,
                tally=tally,
            )
        m.record_labels = v
        v = s.documents
        if v is not UNSET:
            v, drift = read_raw_items(
                v,
                _record_event_data_documents_item,
                RecordEventDataDocumentsItem.from_dict,
                "documents",
                drift,
                tally=tally,
            )
        m.documents = v
        m.short_link = s.short_link
        m.sms_remain_hours = fitted(_read_sms_remain_hours(s.sms_remain_hours, None))
        m.email_remain_hours = fitted(_read_email_remain_hours(s.email_remain_hours, None))
        v = s.comer
        m.comer = v if v is UNSET or v is None else _record_comer.convert(v)
        v = s.comer_person_info
        m.comer_person_info = v if v is UNSET or v is None else _record_comer_person_info.convert(v)
        m.composite = fitted(_read_composite(s.composite, None))
        m.additional_properties = {}
        m.drift = tuple(drift) if drift else ()
        return m

    return Mirror(struct, convert, lax, lax_convert)
